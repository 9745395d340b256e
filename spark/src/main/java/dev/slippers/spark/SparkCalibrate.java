package dev.slippers.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Columns;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.EventLogException;
import dev.slippers.evidence.JourneyMapping;
import dev.slippers.evidence.LogFormat;
import dev.slippers.evidence.Observations;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The main class for {@code spark-submit}: observes a journey's event log on the cluster and
 * writes what it saw as JSON (docs/evidence.md, "On a cluster").
 *
 * <p>The journey is read by the driver from its local disk; the log and the output may be anywhere
 * Hadoop's file systems reach ({@code hdfs://}, {@code s3a://}, ...). Activities map to stages as
 * for {@code slippers calibrate} ({@link JourneyMapping}: the {@code events:} globs of a stage and its
 * touchpoints, else their ids), resolved on the driver against the log's distinct activities.
 *
 * <p>Exit codes as for the command line: 0 done, 2 a bad argument, journey or log (one message on
 * standard error, no stack trace).
 */
@Command(name = "SparkCalibrate", mixinStandardHelpOptions = true,
    header = "Observe a journey's event log with Apache Spark and write the observations as JSON.",
    exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:done", "2:a bad argument, journey or log"})
public final class SparkCalibrate implements Callable<Integer> {

  static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNEY", description = "The journey (YAML), on the driver's disk.")
  Path journeyFile;

  @Option(names = "--events", required = true, paramLabel = "URI",
      description = "The event log: a file or a folder of part files Spark can read.")
  String events;

  @Option(names = "--log-format", paramLabel = "FORMAT",
      description = "csv, parquet or json (JSON lines; jsonl is accepted too). Default: from the file name's extension.")
  String format;

  @Option(names = "--case-column", defaultValue = "case_id", paramLabel = "NAME") String caseColumn;
  @Option(names = "--activity-column", defaultValue = "activity", paramLabel = "NAME") String activityColumn;
  @Option(names = "--timestamp-column", defaultValue = "timestamp", paramLabel = "NAME") String timestampColumn;

  @Option(names = "--output", paramLabel = "URI",
      description = "Where to write the JSON (any Hadoop file system); standard output when absent.")
  String output;

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new SparkCalibrate());
    commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
      if (error instanceof IllegalArgumentException || error instanceof EventLogException) {
        line.getErr().println("slippers: " + error.getMessage());
        return BAD_INPUT;
      }
      throw error;
    });
    commandLine.setParameterExceptionHandler((error, parsedArgs) -> {
      error.getCommandLine().getErr().println("slippers: " + error.getMessage());
      error.getCommandLine().usage(error.getCommandLine().getErr());
      return BAD_INPUT;
    });
    int code = commandLine.execute(args);
    SparkSession.getDefaultSession().foreach(session -> {
      session.stop();
      return null;
    });
    System.exit(code);
  }

  @Override
  public Integer call() throws Exception {
    Journey journey = journey();
    EventLog log = new EventLog(events, logFormat(),
        new Columns(caseColumn, activityColumn, timestampColumn, Columns.DEFAULT.channel(), Columns.DEFAULT.segment()));
    // The output is written before the engine stops the session it started: --output needs its Hadoop configuration.
    try (SparkEngine engine = SparkEngine.local()) {
      Map<String, Long> activities = engine.activities(log);
      ActivityMapping mapping = JourneyMapping.of(journey, activities.keySet());
      if (mapping.stageOf().isEmpty()) {
        throw new IllegalArgumentException("no activity of " + events + " maps to a stage of " + journeyFile
            + " (is it a log of another journey?); list the activities under a stage's or touchpoint's 'events:'"
            + " (globs allowed), or name stages after them");
      }
      Observations observed = engine.observe(log, mapping);
      String json = json(journey, log, observed);
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json);
        out.flush();
      } else {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
        org.apache.hadoop.fs.FileSystem fs =
            target.getFileSystem(engine.session().sparkContext().hadoopConfiguration());
        try (OutputStream stream = fs.create(target, true)) {
          stream.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return 0;
  }

  private Journey journey() {
    if (!Files.isRegularFile(journeyFile)) {
      throw new IllegalArgumentException(journeyFile + ": no such journey file on the driver (in cluster deploy mode "
          + "ship it with --files and name it by its file name)");
    }
    Path parent = journeyFile.toAbsolutePath().getParent();
    LoadResult loaded = new JourneyLoader(parent).load(journeyFile);
    return loaded.validJourney().orElseThrow(() -> new IllegalArgumentException(loaded.diagnostics().isEmpty()
        ? journeyFile + ": not a journey" : loaded.diagnostics().get(0).format() + " (run slippers validate)"));
  }

  /** The format given, or the one the name's extension says (a folder has none, so it must be given). */
  private LogFormat logFormat() {
    if (format == null) {
      String name = events.replaceAll("/+$", "");
      return LogFormat.of(Path.of(name.substring(name.lastIndexOf('/') + 1))).orElseThrow(() -> new IllegalArgumentException(
          events + ": the log format is not in the name; give --log-format csv, parquet or json"));
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> LogFormat.CSV;
      case "parquet" -> LogFormat.PARQUET;
      case "json", "jsonl", "ndjson" -> LogFormat.JSON_LINES;
      default -> throw new IllegalArgumentException("log format " + format + ": give csv, parquet or json");
    };
  }

  private static Map<String, Object> pair(String key, Object value, String otherKey, Object otherValue) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put(key, value);
    pair.put(otherKey, otherValue);
    return pair;
  }

  static String json(Journey journey, EventLog log, Observations observed) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("journey", journey.id());
    root.put("log", log.location());
    root.put("engine", "spark");
    root.put("events", observed.events());
    root.put("cases", observed.cases());
    root.put("mappedCases", observed.mappedCases());
    root.put("first", observed.first().toString());
    root.put("last", observed.last().toString());
    List<Map<String, Object>> transitions = new java.util.ArrayList<>();
    for (Observations.TransitionCount t : observed.transitions()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("from", t.from());
      row.put("to", t.to());
      row.put("count", t.count());
      transitions.add(row);
    }
    root.put("transitions", transitions);
    List<Map<String, Object>> stages = new java.util.ArrayList<>();
    for (Observations.StageTimes s : observed.stages()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", s.stage());
      row.put("visits", s.visits());
      row.put("cases", s.cases());
      row.put("timed", s.timed());
      row.put("medianSeconds", s.medianSeconds().isPresent() ? s.medianSeconds().getAsDouble() : null);
      row.put("p90Seconds", s.p90Seconds().isPresent() ? s.p90Seconds().getAsDouble() : null);
      stages.add(row);
    }
    root.put("stages", stages);
    root.put("variants", observed.variants().stream().map(v -> pair("stages", v.stages(), "cases", v.cases())).toList());
    root.put("unmapped", observed.unmapped().stream().map(u -> pair("activity", u.activity(), "count", u.count())).toList());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }
}
