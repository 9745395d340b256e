package dev.slippers.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Calibration;
import dev.slippers.evidence.Columns;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogEngines;
import dev.slippers.evidence.EventLogException;
import dev.slippers.evidence.JourneyMapping;
import dev.slippers.evidence.LogFormat;
import dev.slippers.evidence.Observations;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import dev.slippers.render.evidence.DriftFigures;
import dev.slippers.render.evidence.DriftReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers calibrate JOURNEY --events LOG}: the journey checked against an event log. */
@Command(
    name = "calibrate",
    header = "Check a journey against an event log: observed shares with 95%% intervals, drift, unmodelled moves, times.",
    description = "Reads a CSV (with a header), Parquet or JSON-lines log of case, activity and timestamp "
        + "(docs/evidence.md). --write FILE writes a copy of the journey with the observed shares and counts; "
        + "-o DIR writes <journey-id>-calibration.html, the drift report, and <journey-id>-calibration-graph.svg, "
        + "the stage graph with observed shares and times beside the designed ones.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers calibrate journeys/shirt-store.yaml --events events.csv",
      "  slippers calibrate journeys/shirt-store.yaml --events events.csv -o out/",
      "  slippers calibrate journeys/lab-tests.yaml --events log.parquet --format json"})
final class CalibrateCommand implements Callable<Integer> {

  enum Format { text, json, markdown }

  /** The drift report's numbers, for the text and Markdown outputs (which are in English). */
  private static final DriftReport.Numbers POINTS = new DriftReport.Numbers(dev.slippers.model.Language.EN);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNEY", description = "The journey file.")
  Path file;

  @Option(names = "--events", required = true, paramLabel = "LOG", description = "The event log: .csv, .parquet or .jsonl.")
  Path events;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = EventLogEngines.DEFAULT,
      description = "duckdb (default, embedded) or spark (the slippers-spark jar on the class path).")
  String engineName;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or markdown.")
  Format format;

  @Option(names = "--log-format", paramLabel = "csv|parquet|json", description = "How the log is stored, when its name does not say.")
  String logFormat;

  @Option(names = "--case-column", paramLabel = "NAME", defaultValue = "case_id", description = "Default: ${DEFAULT-VALUE}.")
  String caseColumn;

  @Option(names = "--activity-column", paramLabel = "NAME", defaultValue = "activity", description = "Default: ${DEFAULT-VALUE}.")
  String activityColumn;

  @Option(names = "--timestamp-column", paramLabel = "NAME", defaultValue = "timestamp", description = "Default: ${DEFAULT-VALUE}.")
  String timestampColumn;

  @Option(names = "--segment-column", paramLabel = "NAME", defaultValue = "segment", description = "Default: ${DEFAULT-VALUE}.")
  String segmentColumn;

  @Option(names = "--segment", paramLabel = "NAME",
      description = "Calibrate on the cases of this segment (persona) only: those with an event whose segment column holds NAME.")
  String segment;

  @Option(names = "--write", paramLabel = "FILE", description = "Write a calibrated copy of the journey here (atomically).")
  Path write;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Also write <journey-id>-calibration.html (the drift report) and <journey-id>-calibration-graph.svg "
          + "(the stage graph, observed beside designed) here.")
  Path output;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() throws IOException {
    LoadResult result = JourneyFiles.loadAll(List.of(file), journeyRoot.path()).get(0);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (result.isCatalogue()) {
      throw new UserException(ExitCode.USAGE_OR_IO, file + " is a catalogue, not a journey; give a journey file");
    }
    result.diagnostics().forEach(d -> err.println(d.format()));
    if (result.hasErrors() || result.journey().isEmpty()) {
      err.printf("%d error(s): fix them before calibrating (slippers validate %s)%n",
          result.diagnostics().stream().filter(Diagnostic::isError).count(), file);
      err.flush();
      return ExitCode.PROBLEMS;
    }
    Journey journey = result.journey().get();
    if (!Files.isRegularFile(events)) {
      throw new UserException(ExitCode.USAGE_OR_IO, "no event log at " + events + "; give a .csv, .parquet or .jsonl file");
    }
    // The output folder is checked (and its files claimed) before the log is read or anything printed:
    // an unusable -o fails at once, not after a long scan and a report on the terminal.
    try (OutputFolder folder = output == null ? null : openFolder(journey)) {
      return calibrate(journey, folder, out, err);
    }
  }

  private OutputFolder openFolder(Journey journey) {
    OutputFolder folder = new OutputFolder(output, List.of(file, events));
    try {
      folder.claim(List.of(reportName(journey), graphName(journey)));
      return folder;
    } catch (RuntimeException e) {
      folder.close();
      throw e;
    }
  }

  static String reportName(Journey journey) {
    return journey.id() + "-calibration.html";
  }

  static String graphName(Journey journey) {
    return journey.id() + "-calibration-graph.svg";
  }

  private int calibrate(Journey journey, OutputFolder folder, PrintWriter out, PrintWriter err) throws IOException {
    EventLog whole = new EventLog(events.toString(), logFormat().orElse(LogFormat.CSV),
        new Columns(caseColumn, activityColumn, timestampColumn, Columns.DEFAULT.channel(), segmentColumn));
    EventLog log = whole.withSegment(segment);
    Observations observations;
    Map<String, Long> segments;
    try (EventLogEngine engine = EventLogEngines.open(engineName)) {
      segments = engine.segments(whole);
      if (segment != null && !segments.isEmpty() && !segments.containsKey(segment)) {
        throw new UserException(ExitCode.USAGE_OR_IO, "no case of " + events + " is in segment '" + segment
            + "'; its segments are: " + segmentList(segments));
      }
      Map<String, Long> activities = engine.activities(log);
      ActivityMapping mapping = JourneyMapping.of(journey, activities.keySet());
      if (mapping.stageOf().isEmpty()) {
        throw new UserException(ExitCode.USAGE_OR_IO, "no activity of " + events + " maps to a stage of " + file
            + " (is it a log of another journey?); activities found: " + String.join(", ",
                activities.keySet().stream().limit(10).toList()) + (activities.size() > 10 ? ", ..." : "")
            + ". List them under a stage's or touchpoint's 'events:' (globs allowed), or name stages after them");
      }
      observations = engine.observe(log, mapping);
    } catch (EventLogException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, e.getMessage(), e);
    }
    Calibration calibration = Calibration.of(journey, observations);
    var analysis = Analyses.analyze(journey);
    List<DriftFigures.Outcome> outcomes = outcomes(journey, calibration, analysis.outcomes());
    switch (format) {
      case json -> {
        Map<String, Object> json = json(calibration);
        json.put("segment", segment);
        json.put("segments", segments.isEmpty() ? null : segments);
        out.print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
      }
      case text -> out.print(segmentLine(segments, false) + text(calibration, outcomes, false));
      case markdown -> out.print(text(calibration, outcomes, true).replaceFirst("^# Calibration\n\n",
          java.util.regex.Matcher.quoteReplacement("# Calibration\n\n" + segmentLine(segments, true))));
    }
    out.flush();
    if (folder != null) {
      DriftFigures figures = figures(journey, calibration, analysis.outcomes());
      err.println("wrote " + folder.write(reportName(journey), DriftReport.html(journey, analysis, figures)));
      err.println("wrote " + folder.write(graphName(journey), DriftReport.graph(journey, analysis, figures)));
      err.flush();
    }
    if (write != null) {
      writeCalibrated(journey, calibration);
      err.println("wrote " + write);
      err.flush();
    }
    return ExitCode.OK;
  }

  /** {@code a (120 cases), b (80 cases)}. */
  static String segmentList(Map<String, Long> segments) {
    return String.join(", ", segments.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + " cases)").toList());
  }

  /** The log's segments and the one calibrated, above the figures; nothing for a log without segments. */
  private String segmentLine(Map<String, Long> segments, boolean markdown) {
    if (segments.isEmpty()) {
      return "";
    }
    return "Segments: " + segmentList(segments) + "\n"
        + (segment == null ? "Calibrated on all of them\n" : "Calibrated on segment " + segment + " only\n")
        + (markdown ? "\n" : "");
  }

  /** The calibration's figures as the renderer's plain data (the renderer knows nothing of the evidence module). */
  static DriftFigures figures(Journey journey, Calibration c, Map<String, Double> predicted) {
    return new DriftFigures(source(c).replaceFirst("^events (.*), n = .*$", "$1"), c.events(), c.cases(), c.mappedCases(),
        c.transitions().stream().map(t -> new DriftFigures.Fit(t.from(), t.to(), t.count(), t.departures(),
            t.designedShare(), boxed(t.observedShare()), t.low(), t.high(), t.drift())).toList(),
        c.unmodelled().stream().map(u -> new DriftFigures.Move(u.from(), u.to(), u.count(), u.share())).toList(),
        c.neverSeen().stream().map(t -> new DriftFigures.Move(t.from(), t.to(), 0, 0)).toList(),
        c.stages().stream().map(s -> new DriftFigures.StageTime(s.id(), s.cases(), s.visits(), boxed(s.medianSeconds()),
            boxed(s.p90Seconds()), boxed(s.designedSeconds()), boxed(s.dropOff()))).toList(),
        boxed(c.fitting()),
        c.nonFitting().stream().map(v -> new DriftFigures.Variant(v.stages(), v.cases())).toList(),
        outcomes(journey, c, predicted),
        c.unmapped().stream().map(a -> new DriftFigures.Activity(a.activity(), a.count())).toList());
  }

  /**
   * Observed against predicted per kind of outcome ({@code success}, {@code failure}, ..., and
   * {@code lost}): the analysis predicts per kind, the log shows per outcome stage, so the stages of
   * one kind are added up (two failure stages each set beside the kind's total would mislead).
   */
  static List<DriftFigures.Outcome> outcomes(Journey journey, Calibration c, Map<String, Double> predicted) {
    Map<String, List<String>> stages = new java.util.LinkedHashMap<>();
    Map<String, Double> observed = new java.util.LinkedHashMap<>();
    for (Stage s : journey.stages()) {
      s.outcome().ifPresent(kind -> {
        stages.computeIfAbsent(kind, k -> new ArrayList<>()).add(s.displayName());
        observed.merge(kind, c.outcomes().getOrDefault(s.id(), 0.0), Double::sum);
      });
    }
    // Merged: a stage may name its own outcome "lost", and the cases that end elsewhere add to it.
    stages.computeIfAbsent(Calibration.LOST, k -> new ArrayList<>());
    observed.merge(Calibration.LOST, c.outcomes().getOrDefault(Calibration.LOST, 0.0), Double::sum);
    return stages.entrySet().stream().map(e -> new DriftFigures.Outcome(e.getKey(), e.getValue(),
        observed.get(e.getKey()), predicted.get(e.getKey()))).toList();
  }

  private static Double boxed(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private java.util.Optional<LogFormat> logFormat() {
    if (logFormat == null) {
      return LogFormat.of(events);
    }
    return switch (logFormat.toLowerCase(Locale.ROOT)) {
      case "csv" -> java.util.Optional.of(LogFormat.CSV);
      case "parquet" -> java.util.Optional.of(LogFormat.PARQUET);
      case "json", "jsonl", "json-lines" -> java.util.Optional.of(LogFormat.JSON_LINES);
      default -> throw new UserException(ExitCode.USAGE_OR_IO, "--log-format must be csv, parquet or json, not " + logFormat);
    };
  }

  static String source(Calibration c) {
    return "events " + c.first().atOffset(ZoneOffset.UTC).toLocalDate() + ".." + c.last().atOffset(ZoneOffset.UTC).toLocalDate()
        + ", n = " + c.mappedCases();
  }

  private static Map<String, Object> json(Calibration c) {
    Map<String, Object> root = new java.util.LinkedHashMap<>();
    root.put("transitions", c.transitions().stream().map(t -> ordered("from", t.from(), "to", t.to(), "count", t.count(),
        "departures", t.departures(), "designedShare", t.designedShare(), "observedShare", number(t.observedShare()),
        "low", t.low(), "high", t.high(), "drift", t.drift())).toList());
    root.put("unmodelled", c.unmodelled().stream().map(u -> ordered("from", u.from(), "to", u.to(), "count", u.count(),
        "share", u.share())).toList());
    root.put("neverSeen", c.neverSeen().stream().map(t -> ordered("from", t.from(), "to", t.to())).toList());
    root.put("stages", c.stages().stream().map(s -> ordered("id", s.id(), "cases", s.cases(), "visits", s.visits(),
        "medianSeconds", number(s.medianSeconds()), "p90Seconds", number(s.p90Seconds()),
        "designedSeconds", number(s.designedSeconds()), "dropOff", number(s.dropOff()))).toList());
    root.put("conformance", ordered("fitting", number(c.fitting()), "nonFitting", c.nonFitting().stream()
        .map(v -> ordered("stages", v.stages(), "cases", v.cases())).toList()));
    root.put("outcomes", c.outcomes());
    root.put("unmapped", c.unmapped().stream().map(a -> ordered("activity", a.activity(), "count", a.count())).toList());
    root.put("cases", c.cases());
    root.put("mappedCases", c.mappedCases());
    root.put("events", c.events());
    root.put("first", c.first().toString());
    root.put("last", c.last().toString());
    return root;
  }

  private static Object number(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static Object number(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put((String) kv[i], kv[i + 1]);
    }
    return map;
  }

  /** For people: drift first, biggest first (the order Calibration keeps). */
  static String text(Calibration c, List<DriftFigures.Outcome> outcomes, boolean markdown) {
    StringBuilder b = new StringBuilder();
    String h = markdown ? "## " : "";
    b.append(markdown ? "# Calibration\n\n" : "").append(c.events()).append(" events, ").append(c.cases())
        .append(" cases (").append(c.mappedCases()).append(" mapped), ").append(source(c).replace("events ", ""))
        .append("\n\n").append(h).append("Transitions (observed share, 95% interval, designed)\n");
    for (Calibration.TransitionFit t : c.transitions()) {
      b.append(markdown ? "- " : "  ").append(t.drift() ? "DRIFT " : "      ").append(t.from()).append(" -> ").append(t.to())
          .append(": ").append(Double.isNaN(t.observedShare()) ? "not left" : pct(t.observedShare()) + " (" + t.count() + "/"
              + t.departures() + ", " + pct(t.low()) + ".." + pct(t.high()) + ")")
          .append(", designed ").append(pct(t.designedShare())).append("\n");
    }
    if (!c.unmodelled().isEmpty()) {
      b.append("\n").append(h).append("Seen but not in the journey\n");
      c.unmodelled().forEach(u -> b.append(markdown ? "- " : "  ").append(u.from()).append(" -> ").append(u.to()).append(": ")
          .append(u.count()).append(" (").append(pct(u.share())).append(")\n"));
    }
    if (!c.neverSeen().isEmpty()) {
      b.append("\n").append(h).append("In the journey but never seen\n");
      c.neverSeen().forEach(t -> b.append(markdown ? "- " : "  ").append(t.from()).append(" -> ").append(t.to()).append("\n"));
    }
    b.append("\n").append(h).append("Stages (visits, cases, median, p90, designed, drop-off)\n");
    for (Calibration.StageFit s : c.stages()) {
      b.append(markdown ? "- " : "  ").append(s.id()).append(": ").append(s.visits()).append(" visits, ").append(s.cases())
          .append(" cases, median ").append(seconds(s.medianSeconds())).append(", p90 ").append(seconds(s.p90Seconds()))
          .append(", designed ").append(seconds(s.designedSeconds())).append(", drop-off ")
          .append(Double.isNaN(s.dropOff()) ? "-" : pct(s.dropOff())).append("\n");
    }
    b.append("\n").append(h).append("Conformance: ").append(Double.isNaN(c.fitting()) ? "-" : pct(c.fitting()))
        .append(" of cases fit the journey\n");
    c.nonFitting().forEach(v -> b.append(markdown ? "- " : "  ").append(String.join(" > ", v.stages())).append(": ")
        .append(v.cases()).append(" cases\n"));
    // Per kind, as the drift report shows them: the analysis predicts per kind, not per outcome stage.
    b.append("\n").append(h).append("Outcomes (observed, predicted by the analysis of the journey)\n");
    for (DriftFigures.Outcome o : outcomes) {
      b.append(markdown ? "- " : "  ").append(o.id())
          .append(o.stages().isEmpty() ? "" : " (" + String.join(", ", o.stages()) + ")").append(": ")
          .append(pct(o.observed())).append(" observed, ")
          .append(o.predicted() == null ? "not predicted" : pct(o.predicted()) + " predicted, "
              + POINTS.points(o.observed(), o.predicted()))
          .append("\n");
    }
    if (!c.unmapped().isEmpty()) {
      b.append("\n").append(h).append("Activities mapped to no stage\n");
      c.unmapped().forEach(a -> b.append(markdown ? "- " : "  ").append(a.activity()).append(": ").append(a.count()).append("\n"));
    }
    return b.toString();
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String seconds(OptionalDouble s) {
    return s.isPresent() ? String.format(Locale.ROOT, "%.0fs", s.getAsDouble()) : "-";
  }

  /**
   * The journey with observed shares, counts and departures, each with its source; unmodelled
   * transitions listed in a comment for review. Validated before it replaces anything, and moved
   * into place atomically.
   */
  private void writeCalibrated(Journey journey, Calibration c) throws IOException {
    String source = source(c) + (segment == null ? "" : ", segment " + segment);
    Map<String, Calibration.TransitionFit> fits = new java.util.HashMap<>();
    c.transitions().forEach(t -> fits.put(t.from() + "\u0000" + t.to(), t));
    Map<String, Long> departures = new java.util.HashMap<>();
    c.stages().forEach(s -> departures.put(s.id(), s.visits()));
    Map<String, Calibration.StageFit> times = new java.util.HashMap<>();
    c.stages().forEach(s -> times.put(s.id(), s));
    List<Stage> stages = new ArrayList<>();
    for (Stage s : journey.stages()) {
      boolean seen = departures.getOrDefault(s.id(), 0L) > 0 && !s.isOutcome();
      stages.add(new Stage(s.id(), s.name(), s.description(), s.outcome(), timedTouchpoints(s, times.get(s.id()), c, segment),
          cappedByEvidence(s, fits, source), s.opportunities(),
          s.metrics(), s.events(), seen ? OptionalLong.of(departures.get(s.id())) : s.departures(), seen ? source : s.source()));
    }
    List<Transition> transitions = new ArrayList<>();
    for (Transition t : journey.transitions()) {
      Calibration.TransitionFit fit = fits.get(t.from() + "\u0000" + t.to());
      transitions.add(fit == null || fit.departures() == 0 ? t : new Transition(t.from(), t.to(),
          OptionalDouble.of(Math.round(fit.observedShare() * 1e4) / 1e4), t.label(), OptionalLong.of(fit.count()), source));
    }
    Journey calibrated = new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), stages, transitions, journey.scoring(),
        journey.economics(), journey.description());
    StringBuilder yaml = new StringBuilder(JourneyWriter.write(calibrated));
    if (!c.unmodelled().isEmpty()) {
      yaml.append("# Seen in the log but not in this journey (").append(source).append("); add them if they are real:\n");
      c.unmodelled().forEach(u -> yaml.append("#  - {from: ").append(u.from()).append(", to: ").append(u.to())
          .append(", share: ").append(Math.round(u.share() * 1e4) / 1e4).append(", count: ").append(u.count()).append("}\n"));
    }
    LoadResult check = new JourneyLoader(journeyRoot.path() == null ? Path.of(".") : journeyRoot.path())
        .parse(write.toString(), yaml.toString());
    if (check.hasErrors()) {
      throw new UserException(ExitCode.INTERNAL, "the calibrated journey does not validate, nothing written: "
          + check.diagnostics().get(0).format());
    }
    AtomicFile.write(write, yaml.toString());
  }

  /** Timed visits a stage needs before its median replaces the designed durations: fewer say too little. */
  static final long MIN_TIMED = 30;

  /**
   * The stage's touchpoints with durations that add up to the observed median time in the stage (from
   * its first event to the next stage's first event), each saying where it comes from. The log times
   * the stage, not its touchpoints, so the designed proportions are kept: the touchpoints with a
   * duration are scaled together; when none has one, the median is split evenly (and the source says
   * so). An outcome stage (never left, so never timed), a stage with fewer than {@link #MIN_TIMED}
   * timed visits and a stage without touchpoints keep theirs.
   */
  static List<dev.slippers.model.Touchpoint> timedTouchpoints(Stage s, Calibration.StageFit fit, Calibration c,
      String segment) {
    List<dev.slippers.model.Touchpoint> touchpoints = s.touchpoints();
    if (s.isOutcome() || touchpoints.isEmpty() || fit == null || fit.timed() < MIN_TIMED || fit.medianSeconds().isEmpty()) {
      return touchpoints;
    }
    double median = fit.medianSeconds().getAsDouble();
    String source = "events " + c.first().atOffset(ZoneOffset.UTC).toLocalDate() + ".."
        + c.last().atOffset(ZoneOffset.UTC).toLocalDate() + ", median of " + fit.timed() + " visits to " + s.id()
        + (segment == null ? "" : ", segment " + segment);
    double designed = fit.designedSeconds().orElse(0);
    List<dev.slippers.model.Touchpoint> timed = new ArrayList<>();
    for (dev.slippers.model.Touchpoint t : touchpoints) {
      if (designed > 0) {
        if (t.duration().isEmpty()) {
          timed.add(t);
          continue;
        }
        double share = t.duration().get().toMillis() / 1000.0 / designed;
        timed.add(t.withDuration(java.util.Optional.of(java.time.Duration.ofSeconds(Math.round(median * share))),
            share == 1 ? source : source + String.format(Locale.ROOT, ", %.0f%% of it as designed", share * 100)));
      } else {
        timed.add(t.withDuration(java.util.Optional.of(java.time.Duration.ofSeconds(Math.round(median / touchpoints.size()))),
            touchpoints.size() == 1 ? source : source + ", split evenly over its " + touchpoints.size() + " touchpoints"));
      }
    }
    return timed;
  }

  /**
   * The stage's pain points, with the frequency of those that drive a transition lowered where the log
   * shows fewer customers taking it than the pains claim to send (frequency x share summed over the
   * pains driving it may not exceed its share: rule drives.over-share). The evidence wins over the
   * hypothesis, the pains keep their proportions, and each lowered pain says so in its evidence, so a
   * reviewer sees what the log changed instead of a copy that does not validate.
   */
  private static List<PainPoint> cappedByEvidence(Stage s, Map<String, Calibration.TransitionFit> fits, String source) {
    Map<String, Double> claimed = new java.util.HashMap<>();
    for (PainPoint p : s.painPoints()) {
      for (PainPoint.Drive d : p.drives()) {
        claimed.merge(d.to(), p.frequency() * d.share(), Double::sum);
      }
    }
    Map<String, Double> factor = new java.util.HashMap<>();
    claimed.forEach((to, sum) -> {
      Calibration.TransitionFit fit = fits.get(s.id() + "\u0000" + to);
      if (fit != null && fit.departures() > 0) {
        double observed = Math.round(fit.observedShare() * 1e4) / 1e4;
        if (sum > observed + 1e-12) {
          factor.put(to, observed / sum);
        }
      }
    });
    if (factor.isEmpty()) {
      return s.painPoints();
    }
    List<PainPoint> capped = new ArrayList<>();
    for (PainPoint p : s.painPoints()) {
      double f = 1;
      for (PainPoint.Drive d : p.drives()) {
        f = Math.min(f, factor.getOrDefault(d.to(), 1.0));
      }
      if (f >= 1) {
        capped.add(p);
        continue;
      }
      // Rounded down, so the capped claims never exceed the observed share by rounding.
      double lowered = Math.floor(p.frequency() * f * 1e4) / 1e4;
      List<String> evidence = new ArrayList<>(p.evidence());
      evidence.add(String.format(java.util.Locale.ROOT, "frequency lowered from %s to %s by %s: it drove more customers than the log shows",
          percent(p.frequency()), percent(lowered), source));
      capped.add(new PainPoint(p.id(), p.description(), p.severity(), lowered, p.touchpoint(), evidence, p.drives(), p.causes()));
    }
    return capped;
  }

  private static String percent(double share) {
    return new java.math.BigDecimal(share * 100).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }
}
