package dev.slippers.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * Hadoop's file systems reach ({@code hdfs://}, {@code s3a://}, ...). Activities map to the stage
 * whose id, or one of whose touchpoints' ids, equals the activity.
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
      description = "csv, parquet or jsonl (default: from the file name's extension).")
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
      if (error instanceof IllegalArgumentException) {
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
    SparkEventLog log = new SparkEventLog(events, format != null ? format : SparkEventLog.formatOf(events),
        caseColumn, activityColumn, timestampColumn);
    Map<String, String> stageOf = stageOf(journey);
    SparkEngine engine = SparkEngine.local();
    SparkObservations observed = engine.observe(log, activity -> Optional.ofNullable(stageOf.get(activity)));
    String json = json(journey, log, observed);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(json);
      out.flush();
    } else {
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
      org.apache.hadoop.fs.FileSystem fs =
          target.getFileSystem(SparkSession.active().sparkContext().hadoopConfiguration());
      try (OutputStream stream = fs.create(target, true)) {
        stream.write((json + "\n").getBytes(StandardCharsets.UTF_8));
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

  /** The default mapping of issue 9: an activity equal to a stage id or a touchpoint id maps there. */
  static Map<String, String> stageOf(Journey journey) {
    Map<String, String> stageOf = new TreeMap<>();
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        stageOf.putIfAbsent(touchpoint.id(), stage.id());
      }
    }
    for (Stage stage : journey.stages()) {
      stageOf.put(stage.id(), stage.id());
    }
    return stageOf;
  }

  private static Map<String, Object> pair(String key, Object value, String otherKey, Object otherValue) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put(key, value);
    pair.put(otherKey, otherValue);
    return pair;
  }

  static String json(Journey journey, SparkEventLog log, SparkObservations observed) throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("journey", journey.id());
    root.put("log", log.path());
    root.put("engine", "spark");
    root.put("cases", observed.cases());
    root.put("events", observed.events());
    root.put("first", observed.first().map(Object::toString).orElse(null));
    root.put("last", observed.last().map(Object::toString).orElse(null));
    List<Map<String, Object>> transitions = new java.util.ArrayList<>();
    observed.transitions().forEach((from, tos) -> tos.forEach((to, count) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("from", from);
      row.put("to", to);
      row.put("count", count);
      transitions.add(row);
    }));
    root.put("transitions", transitions);
    List<Map<String, Object>> stages = new java.util.ArrayList<>();
    observed.stages().forEach((id, figures) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("visits", figures.visits());
      row.put("cases", figures.cases());
      row.put("medianSeconds", figures.medianSeconds().orElse(null));
      row.put("p90Seconds", figures.p90Seconds().orElse(null));
      stages.add(row);
    });
    root.put("stages", stages);
    root.put("variants", observed.variants().stream().map(v -> pair("stages", v.stages(), "cases", v.cases())).toList());
    root.put("unmapped", observed.unmapped().entrySet().stream()
        .map(e -> pair("activity", e.getKey(), "count", e.getValue())).toList());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }
}
