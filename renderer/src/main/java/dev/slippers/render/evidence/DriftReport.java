package dev.slippers.render.evidence;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Transition;
import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.graph.StageGraphSvg;
import dev.slippers.render.template.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The drift report as one self-contained HTML page (no script, no external file: it opens offline):
 * drift first, then unmodelled moves, stage times, conformance, outcomes and unmapped activities,
 * and the stage graph with the observed share beside the designed one on each edge. Rendered by the
 * auto-escaping template {@code evidence/drift.ftlh}, so an activity named {@code <script>} stays text.
 */
public final class DriftReport {

  private DriftReport() {}

  /**
   * Renders the page.
   *
   * @param journey  the journey as designed
   * @param analysis its analysis, for the graph's paths and colours
   * @param figures  the calibration's figures
   */
  public static String html(Journey journey, JourneyAnalysis analysis, DriftFigures figures) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("j", Map.of("id", journey.id(), "title", journey.title(), "lang", journey.language().code()));
    model.put("f", figures);
    model.put("n", new Numbers(journey.language()));
    model.put("drifting", figures.transitions().stream().filter(DriftFigures.Fit::drift).count());
    Map<String, String> names = new HashMap<>();
    journey.stages().forEach(s -> names.put(s.id(), s.displayName()));
    model.put("names", names);
    model.put("graphSvg", inline(StageGraphSvg.render(new JourneyView(observed(journey, figures), analysis))));
    return Templates.shared().render("evidence/drift.ftlh", model);
  }

  /**
   * The journey with each transition's label replaced by what the log shows: the graph renderer
   * prints the designed share followed by the label, so the edge reads "50% designed · observed 33%"
   * without the graph code knowing about evidence.
   */
  static Journey observed(Journey journey, DriftFigures figures) {
    Map<String, DriftFigures.Fit> fits = new HashMap<>();
    figures.transitions().forEach(t -> fits.put(t.from() + "\u0000" + t.to(), t));
    List<Transition> transitions = new ArrayList<>();
    for (Transition t : journey.transitions()) {
      DriftFigures.Fit fit = fits.get(t.from() + "\u0000" + t.to());
      String label = fit == null || fit.observed() == null ? "designed \u00b7 not seen"
          : (fit.drift() ? "designed \u00b7 DRIFT observed " : "designed \u00b7 observed ")
              + percent(fit.observed()) + " (n = " + fit.departures() + ")";
      transitions.add(new Transition(t.from(), t.to(), t.share(), label, t.count(), t.source()));
    }
    return new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), journey.stages(), transitions,
        journey.scoring(), journey.economics(), journey.description());
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String inline(String svg) {
    String text = svg.strip();
    return text.startsWith("<?xml") ? text.substring(text.indexOf("?>") + 2).strip() : text;
  }

  /** Number formats the template calls: percentages, durations, and positions on a 0..100 bar. */
  public static final class Numbers {
    private final Language language;

    Numbers(Language language) {
      this.language = language;
    }

    /**
     * A share as a percentage with one decimal, a dash when there is none: one decimal as in the
     * text and Markdown output of {@code calibrate}, so the same figure reads the same everywhere
     * (the journey's two-significant-digit {@link Formats#percent} would show 6.1% but 79%).
     */
    public String pct(Double share) {
      return share == null || share.isNaN() ? "\u2013" : percent(share);
    }

    /** Seconds as a duration, a dash when there are none. */
    public String time(Double seconds) {
      return seconds == null || seconds.isNaN() ? "\u2013" : Formats.duration(seconds, language);
    }

    /** A share as a CSS percentage, clamped to the bar. */
    public String at(Double share) {
      double v = share == null || share.isNaN() ? 0 : Math.max(0, Math.min(1, share));
      return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    /** Observed minus designed in percentage points, signed. */
    public String points(Double observed, double designed) {
      return observed == null || observed.isNaN() ? "\u2013"
          : String.format(Locale.ROOT, "%+.1f pp", (observed - designed) * 100);
    }
  }
}
