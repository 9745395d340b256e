package dev.slippers.render.evidence;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Transition;
import dev.slippers.render.Formats;
import dev.slippers.render.JourneyView;
import dev.slippers.render.graph.GraphNotes;
import dev.slippers.render.graph.StageGraphSvg;
import dev.slippers.render.template.Templates;
import dev.slippers.wording.Numerals;
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
    model.put("graphSvg", inline(graph(journey, analysis, figures)));
    return Templates.shared().render("evidence/drift.ftlh", model);
  }

  /**
   * The journey's stage graph as {@code slippers render} draws it (designed shares, widths, paths), with
   * what the log shows beside the design: each edge labelled "designed 70.0% · observed 55.6% [54.3–57.0%]"
   * on three lines (red where it drifts), each stage the log timed with its observed median beside the designed time.
   * A complete SVG document, also written on its own by {@code calibrate -o}.
   */
  public static String graph(Journey journey, JourneyAnalysis analysis, DriftFigures figures) {
    return StageGraphSvg.render(new JourneyView(journey, analysis), notes(journey, figures));
  }

  /** The calibration as the graph's notes: observed beside designed on every edge and stage. */
  static GraphNotes notes(Journey journey, DriftFigures figures) {
    Numbers n = new Numbers(journey.language());
    Map<String, DriftFigures.Fit> fits = new HashMap<>();
    figures.transitions().forEach(t -> fits.put(t.from() + "\u0000" + t.to(), t));
    // Every modelled transition has its fit; a designed share is computed here only for one the figures lack.
    Map<Transition, Double> designed = new java.util.IdentityHashMap<>();
    journey.outgoingByStage().forEach((stage, out) -> {
      double[] shares = Transition.effectiveShares(out);
      for (int i = 0; i < out.size(); i++) {
        designed.put(out.get(i), shares[i]);
      }
    });
    Map<Integer, GraphNotes.EdgeNote> edges = new HashMap<>();
    for (int i = 0; i < journey.transitions().size(); i++) {
      Transition t = journey.transitions().get(i);
      DriftFigures.Fit fit = fits.get(t.from() + "\u0000" + t.to());
      String design = "designed " + n.pct(fit == null ? designed.get(t) : fit.designed());
      // One figure a line, so that an interval is never split at its dash.
      edges.put(i, fit == null || fit.observed() == null ? new GraphNotes.EdgeNote(design + "\nnot seen", false)
          : new GraphNotes.EdgeNote((fit.drift() ? "DRIFT " : "") + design + "\nobserved " + n.pct(fit.observed())
              + "\n[" + n.range(fit.low(), fit.high()) + "]", fit.drift()));
    }
    Map<String, List<String>> stages = new HashMap<>();
    for (DriftFigures.StageTime s : figures.stages()) {
      if (s.medianSeconds() != null) {
        stages.put(s.id(), s.designedSeconds() == null ? List.of("observed median " + n.time(s.medianSeconds()))
            : List.of("observed median " + n.time(s.medianSeconds()), "designed " + n.time(s.designedSeconds())));
      }
    }
    // Moves the log shows that the journey lacks, with their count and share of the departures.
    List<GraphNotes.ExtraEdge> unmodelled = figures.unmodelled().stream().map(u -> new GraphNotes.ExtraEdge(u.from(), u.to(),
        "not in the journey\n" + u.count() + " (" + n.pct(u.share()) + ")")).toList();
    return new GraphNotes(edges, stages,
        "edges: designed \u00b7 observed share [95% interval]; stages: observed median time \u00b7 designed",
        unmodelled, "seen in the log, not in the journey");
  }

  private static String inline(String svg) {
    String text = svg.strip();
    return text.startsWith("<?xml") ? text.substring(text.indexOf("?>") + 2).strip() : text;
  }

  /**
   * Number formats the template and the graph call: percentages, durations, and positions on a 0..100
   * bar, in the journey's language ({@link Numerals}: a decimal comma in Russian).
   */
  public static final class Numbers {
    private final Language language;
    private final Numerals numerals;

    public Numbers(Language language) {
      this.language = language;
      this.numerals = Numerals.of(language);
    }

    /**
     * A share as a percentage with one decimal, a dash when there is none: one decimal as in the
     * text and Markdown output of {@code calibrate}, so the same figure reads the same everywhere
     * (the journey's two-significant-digit {@link Formats#percent} would show 6.1% but 79%).
     */
    public String pct(Double share) {
      return share == null || share.isNaN() ? "\u2013" : numerals.fixed(share * 100, 1) + "%";
    }

    /** An interval of shares, one decimal each, the percent sign once: {@code 54.3–57.0%}. */
    public String range(double low, double high) {
      return numerals.fixed(low * 100, 1) + "\u2013" + numerals.fixed(high * 100, 1) + "%";
    }

    /** Seconds as a duration, a dash when there are none. */
    public String time(Double seconds) {
      return seconds == null || seconds.isNaN() ? "\u2013" : Formats.duration(seconds, language);
    }

    /** A share as a CSS percentage, clamped to the bar (CSS takes a decimal point in every language). */
    public String at(Double share) {
      double v = share == null || share.isNaN() ? 0 : Math.max(0, Math.min(1, share));
      return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    /** Observed minus designed in percentage points, signed, one decimal: {@code -66.7 pp}, {@code -66,7 п. п.}. */
    public String points(Double observed, double designed) {
      if (observed == null || observed.isNaN()) {
        return "\u2013";
      }
      double delta = (observed - designed) * 100;
      String number = numerals.fixed(delta, 1);
      return (number.startsWith("-") ? "" : "+") + number
          + (language == Language.RU ? " п.\u00a0п." : " pp");
    }
  }
}
