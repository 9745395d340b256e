package dev.slippers.render.walk;

import dev.slippers.render.template.Templates;
import java.util.Map;

/**
 * Renders a walk as one self-contained HTML page: inline CSS and script, no network, one step per
 * printed page. Returns the document; the caller writes the file.
 */
public final class WalkRenderer {

  private WalkRenderer() {}

  public static String html(Walk walk) {
    return Templates.shared().render("walk/walk.ftlh",
        Map.of("w", walk, "t", dev.slippers.render.report.PageText.of(walk.language())));
  }
}
