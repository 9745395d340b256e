package dev.slippers.render.report;

import dev.slippers.diff.DiffJson;
import dev.slippers.diff.JourneyDiff;
import dev.slippers.model.Journey;
import dev.slippers.render.template.Templates;
import java.util.Map;

/**
 * Renders a journey diff as plain text for a terminal, Markdown for a pull request, JSON, or a
 * self-contained HTML page (inline CSS shared with the reports, no script, nothing fetched).
 */
public final class DiffRenderer {

  private DiffRenderer() {}

  public static String text(JourneyDiff diff, Journey before, Journey after) {
    return Templates.shared().render("report/diff.ftl", Map.of("d", DiffView.of(diff, before, after), "t", PageText.of(after.language())));
  }

  public static String markdown(JourneyDiff diff, Journey before, Journey after) {
    return Templates.shared().render("report/diff.ftlmd", Map.of("d", DiffView.of(diff, before, after), "t", PageText.of(after.language())));
  }

  /** One page: the gate's verdict first, its figures before and after, then every change. */
  public static String html(JourneyDiff diff, Journey before, Journey after) {
    return Templates.shared().render("report/diff.ftlh", Map.of("d", DiffView.of(diff, before, after), "t", PageText.of(after.language())));
  }

  public static String json(JourneyDiff diff) {
    return DiffJson.write(diff);
  }
}
