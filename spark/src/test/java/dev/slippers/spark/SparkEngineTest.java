package dev.slippers.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode on a hand-made log, every figure worked out by hand. One session
 * for the whole class: a cold session costs 10 to 30 seconds here.
 *
 * <p>The log (src/test/resources/handmade-log.csv): c1 goes landing, signup (two events, one
 * visit), verify, active; c2 loops landing, signup, landing, signup and drops off at signup, with
 * an unmapped page view in between and timestamps without a zone (UTC) and with a fraction; c3
 * goes landing, verify, active, its first timestamp with a +02:00 offset and an unmapped
 * {@code noise} event.
 */
class SparkEngineTest {

  private static final Set<String> STAGES = Set.of("landing", "signup", "verify", "active");
  private static final Function<String, Optional<String>> BY_STAGE_ID =
      activity -> STAGES.contains(activity) ? Optional.of(activity) : Optional.empty();

  private static SparkSession spark;
  private static SparkEngine engine;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("SparkEngineTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    engine = new SparkEngine(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void handMadeLogGivesHandWorkedFigures() throws Exception {
    SparkObservations observed = engine.observe(SparkEventLog.of(resource("handmade-log.csv"), "csv"), BY_STAGE_ID);

    assertEquals(Map.of(
        "landing", Map.of("signup", 3L, "verify", 1L),
        "signup", Map.of("verify", 1L, "landing", 1L, SparkObservations.END, 1L),
        "verify", Map.of("active", 2L),
        "active", Map.of(SparkObservations.END, 2L)), observed.transitions());
    // landing's visits last 300 (c1), 600 and 900.5 (c2, to the signup at 09:30:00.5) and 1800 s (c3):
    // sorted 300, 600, 900.5, 1800; the median at rank 1.5 is 600 + 0.5 * 300.5 = 750.25, the 90th
    // percentile at rank 0.9 * 3 = 2.7 is 900.5 + 0.7 * 899.5 = 1530.15.
    SparkObservations.StageFigures landing = observed.stages().get("landing");
    assertEquals(4, landing.visits());
    assertEquals(3, landing.cases());
    assertEquals(750.25, landing.medianSeconds().orElseThrow(), 1e-9);
    assertEquals(1530.15, landing.p90Seconds().orElseThrow(), 1e-9);
    // signup: 900 (c1, to verify) and 300 (c2, back to landing); c2's last signup ends the case.
    // Sorted 300, 900: median 600, 90th percentile 300 + 0.9 * 600 = 840.
    assertEquals(new SparkObservations.StageFigures(3, 2, Optional.of(600.0), Optional.of(840.0)),
        observed.stages().get("signup"));
    // verify: 2400 (c1) and 60 (c3): median 1230, 90th percentile 60 + 0.9 * 2340 = 2166.
    assertEquals(new SparkObservations.StageFigures(2, 2, Optional.of(1230.0), Optional.of(2166.0)),
        observed.stages().get("verify"));
    // active ends both cases that reach it: no next visit, no duration.
    assertEquals(new SparkObservations.StageFigures(2, 2, Optional.empty(), Optional.empty()),
        observed.stages().get("active"));

    assertEquals(Set.of(
        new SparkObservations.Variant(List.of("landing", "signup", "verify", "active"), 1),
        new SparkObservations.Variant(List.of("landing", "signup", "landing", "signup"), 1),
        new SparkObservations.Variant(List.of("landing", "verify", "active"), 1)), Set.copyOf(observed.variants()));
    assertEquals(3, observed.cases());
    assertEquals(14, observed.events());
    assertEquals(Optional.of(Instant.parse("2026-09-01T09:00:00Z")), observed.first());
    assertEquals(Optional.of(Instant.parse("2026-09-01T11:00:00Z")), observed.last());
    assertEquals(Map.of("noise", 1L, "pageview_faq", 1L), observed.unmapped());
  }

  @Test
  void jsonLinesWithOtherColumnNamesGiveTheSameObservationsAsTheCsv() throws Exception {
    List<String> csv = Files.readAllLines(Path.of(resource("handmade-log.csv")), StandardCharsets.UTF_8);
    List<String> jsonl = new ArrayList<>();
    for (String line : csv.subList(1, csv.size())) {
      String[] cells = line.split(",");
      jsonl.add(String.format("{\"customer\":\"%s\",\"event\":\"%s\",\"at\":\"%s\",\"channel\":\"%s\"}",
          cells[0], cells[1], cells[2], cells[3]));
    }
    Path log = temp.resolve("log.jsonl");
    Files.write(log, jsonl, StandardCharsets.UTF_8);

    SparkObservations fromJson = engine.observe(
        new SparkEventLog(log.toString(), "jsonl", "customer", "event", "at"), BY_STAGE_ID);

    assertEquals(engine.observe(SparkEventLog.of(resource("handmade-log.csv"), "csv"), BY_STAGE_ID), fromJson);
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsFound() throws Exception {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> engine.observe(
        new SparkEventLog(resource("handmade-log.csv"), "csv", "customer", "activity", "timestamp"), BY_STAGE_ID));

    assertEquals(resource("handmade-log.csv") + ": no column 'customer'; the columns are case_id, activity, "
        + "timestamp, channel; name the right one with --case-column", error.getMessage());
  }

  @Test
  void anUnparsableTimestampIsNamedWithItsCase() throws IOException {
    Path log = temp.resolve("bad.csv");
    Files.writeString(log, "case_id,activity,timestamp\nc1,landing,2026-09-01T10:00:00Z\nc2,landing,yesterday\n");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> engine.observe(SparkEventLog.of(log.toString(), "csv"), BY_STAGE_ID));

    assertEquals(log + ": timestamp 'yesterday' of case c2 (activity landing) is not an ISO 8601 date and time; "
        + "write it like 2026-09-01T10:15:00Z, or without the zone for UTC", error.getMessage());
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(SparkEngineTest.class.getResource("/" + name).toURI()).toString();
  }
}
