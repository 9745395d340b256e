package dev.slippers.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Columns;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogEngines;
import dev.slippers.evidence.EventLogException;
import dev.slippers.evidence.LogFormat;
import dev.slippers.evidence.Observations;
import dev.slippers.evidence.Observations.ActivityCount;
import dev.slippers.evidence.Observations.StageTimes;
import dev.slippers.evidence.Observations.TransitionCount;
import dev.slippers.evidence.Observations.Variant;
import dev.slippers.evidence.duckdb.DuckDbEngine;
import dev.slippers.evidence.duckdb.DuckDbEngineTest;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode: on a hand-made log, every figure worked out by hand; on the same
 * logs as the DuckDB engine, equal {@link Observations} (counts exactly, times within 1e-6 s). One
 * session for the whole class: a cold session costs 10 to 30 seconds here.
 *
 * <p>The hand-made log (src/test/resources/handmade-log.csv): c1 goes landing, signup (two events,
 * one visit), verify, active; c2 loops landing, signup, landing, signup and drops off at signup,
 * with an unmapped page view in between and timestamps without a zone (UTC) and with a fraction; c3
 * goes landing, verify, active, its first timestamp with a +02:00 offset and an unmapped
 * {@code noise} event.
 */
class SparkEngineTest {

  private static final ActivityMapping BY_STAGE_ID = new ActivityMapping(
      Map.of("landing", "landing", "signup", "signup", "verify", "verify", "active", "active"));
  /** The mapping of {@link DuckDbEngineTest#LOG}: two activities named after their stage, one not. */
  private static final ActivityMapping PAYMENTS = new ActivityMapping(
      Map.of("browse", "browse", "card_pay", "pay", "done", "done"));

  private static SparkSession spark;
  private static SparkEngine engine;
  private static DuckDbEngine duckdb;

  @TempDir Path temp;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("SparkEngineTest")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    engine = new SparkEngine(spark);
    duckdb = new DuckDbEngine();
  }

  @AfterAll
  static void stopSpark() {
    duckdb.close();
    spark.stop();
  }

  @Test
  void handMadeLogGivesHandWorkedFigures() throws Exception {
    Observations observed = engine.observe(EventLog.of(resource("handmade-log.csv")), BY_STAGE_ID);

    assertEquals(List.of(
        new TransitionCount("active", Observations.END, 2),
        new TransitionCount("landing", "signup", 3),
        new TransitionCount("landing", "verify", 1),
        new TransitionCount("signup", Observations.END, 1),
        new TransitionCount("signup", "landing", 1),
        new TransitionCount("signup", "verify", 1),
        new TransitionCount("verify", "active", 2)), observed.transitions());
    // landing's visits last 300 (c1), 600 and 900.5 (c2, to the signup at 09:30:00.5) and 1800 s (c3):
    // sorted 300, 600, 900.5, 1800; the median at rank 1.5 is 600 + 0.5 * 300.5 = 750.25, the 90th
    // percentile at rank 0.9 * 3 = 2.7 is 900.5 + 0.7 * 899.5 = 1530.15.
    StageTimes landing = observed.stages().get(1);
    assertEquals(List.of("landing", 4L, 3L, 4L), List.of(landing.stage(), landing.visits(), landing.cases(), landing.timed()));
    assertEquals(750.25, landing.medianSeconds().orElseThrow(), 1e-9);
    assertEquals(1530.15, landing.p90Seconds().orElseThrow(), 1e-9);
    assertEquals(List.of(
        // active ends both cases that reach it: no next visit, no duration.
        new StageTimes("active", 2, 2, 0, OptionalDouble.empty(), OptionalDouble.empty()),
        landing,
        // signup: 900 (c1, to verify) and 300 (c2, back to landing); c2's last signup ends the case.
        // Sorted 300, 900: median 600, 90th percentile 300 + 0.9 * 600 = 840.
        new StageTimes("signup", 3, 2, 2, OptionalDouble.of(600.0), OptionalDouble.of(840.0)),
        // verify: 2400 (c1) and 60 (c3): median 1230, 90th percentile 60 + 0.9 * 2340 = 2166.
        new StageTimes("verify", 2, 2, 2, OptionalDouble.of(1230.0), OptionalDouble.of(2166.0))), observed.stages());

    // One case each, so in the order of the sequences joined with " > ".
    assertEquals(List.of(
        new Variant(List.of("landing", "signup", "landing", "signup"), 1),
        new Variant(List.of("landing", "signup", "verify", "active"), 1),
        new Variant(List.of("landing", "verify", "active"), 1)), observed.variants());
    assertEquals(3, observed.cases());
    assertEquals(14, observed.events());
    assertEquals(Instant.parse("2026-09-01T09:00:00Z"), observed.first());
    // c1's active at 11:00Z is later than c3's landing at 12:00+02:00 = 10:00Z.
    assertEquals(Instant.parse("2026-09-01T11:00:00Z"), observed.last());
    assertEquals(List.of(new ActivityCount("noise", 1), new ActivityCount("pageview_faq", 1)), observed.unmapped());
  }

  @Test
  void eventsAtTheSameInstantAreOrderedByActivityNameThenStage() throws Exception {
    // zeta and alpha at 10:00: alpha first, so the case goes a, z, m; a lasts 0 s, z 300 s.
    Path log = write("ties.csv", "case_id,activity,timestamp\n"
        + "c1,zeta,2026-09-01T10:00:00Z\nc1,alpha,2026-09-01T10:00:00Z\nc1,mid,2026-09-01T10:05:00Z\n");
    ActivityMapping mapping = new ActivityMapping(Map.of("zeta", "z", "alpha", "a", "mid", "m"));

    Observations observed = engine.observe(EventLog.of(log), mapping);

    assertEquals(List.of(new Variant(List.of("a", "z", "m"), 1)), observed.variants());
    assertEquals(List.of(
        new StageTimes("a", 1, 1, 1, OptionalDouble.of(0.0), OptionalDouble.of(0.0)),
        new StageTimes("m", 1, 1, 0, OptionalDouble.empty(), OptionalDouble.empty()),
        new StageTimes("z", 1, 1, 1, OptionalDouble.of(300.0), OptionalDouble.of(300.0))), observed.stages());
    assertSameAsDuckDb(EventLog.of(log), mapping);
  }

  @Test
  void theDuckDbEnginesLogGivesEqualObservations() throws Exception {
    assertSameAsDuckDb(EventLog.of(write("log.csv", DuckDbEngineTest.LOG)), PAYMENTS);
  }

  @Test
  void theHandMadeLogGivesEqualObservations() throws Exception {
    assertSameAsDuckDb(EventLog.of(resource("handmade-log.csv")), BY_STAGE_ID);
  }

  @Test
  void jsonLinesWithOtherColumnNamesGiveEqualObservationsToTheCsvAndToDuckDb() throws Exception {
    Path csvLog = resource("handmade-log.csv");
    List<String> csv = Files.readAllLines(csvLog, StandardCharsets.UTF_8);
    List<String> jsonl = new ArrayList<>();
    for (String line : csv.subList(1, csv.size())) {
      String[] cells = line.split(",");
      jsonl.add(String.format("{\"customer\":\"%s\",\"event\":\"%s\",\"at\":\"%s\",\"channel\":\"%s\"}",
          cells[0], cells[1], cells[2], cells[3]));
    }
    Path log = temp.resolve("log.jsonl");
    Files.write(log, jsonl, StandardCharsets.UTF_8);
    EventLog json = new EventLog(log.toString(), LogFormat.JSON_LINES, new Columns("customer", "event", "at", "channel", "segment"));

    assertEquals(engine.observe(EventLog.of(csvLog), BY_STAGE_ID), engine.observe(json, BY_STAGE_ID));
    assertSameAsDuckDb(json, BY_STAGE_ID);
  }

  @Test
  void theSparkEngineIsRegisteredAsSparkAndRunsInTheActiveSession() throws Exception {
    EventLog log = EventLog.of(write("log.csv", DuckDbEngineTest.LOG));
    try (EventLogEngine registered = EventLogEngines.open("spark")) {
      assertInstanceOf(SparkEngine.class, registered);
      assertEquals(engine.observe(log, PAYMENTS), registered.observe(log, PAYMENTS));
    }
    assertTrue(!spark.sparkContext().isStopped(), "closing an engine on a session it did not start leaves it running");
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsFoundAsDuckDbNamesIt() throws Exception {
    Path file = resource("handmade-log.csv");
    EventLog log = new EventLog(file.toString(), LogFormat.CSV, new Columns("customer", "activity", "timestamp", "channel", "segment"));

    String message = failure(() -> engine.observe(log, BY_STAGE_ID));

    assertEquals("the event log " + file + " has no column 'customer'; its columns are: case_id, activity, "
        + "timestamp, channel (name the right one with --case-column)", message);
    assertEquals(failure(() -> duckdb.observe(log, BY_STAGE_ID)), message);
  }

  @Test
  void anUnparsableTimestampIsNamedByItsRowAsDuckDbNamesIt() throws Exception {
    Path file = write("bad.csv", "case_id,activity,timestamp\nc1,landing,2026-09-01T10:00:00Z\n"
        + "c2,landing,2026-09-01T10:01:00Z\nc2,landing,yesterday\n");
    EventLog log = EventLog.of(file);

    String message = failure(() -> engine.observe(log, BY_STAGE_ID));

    assertEquals("the event log " + file + ", row 3 (not counting a header): timestamp 'yesterday' is not ISO 8601; "
        + "write timestamps such as 2026-09-01T10:15:00Z or 2026-09-01 10:15:00 (UTC)", message);
    assertEquals(failure(() -> duckdb.observe(log, BY_STAGE_ID)), message);
  }

  @Test
  void aBadRowOfASegmentIsNumberedInTheWholeFileAsDuckDbNumbersIt() throws Exception {
    // The bad row is the third of the file and the second of segment shop's rows.
    Path file = write("bad-segment.csv", "case_id,activity,timestamp,segment\nw1,landing,2026-09-01T10:00:00Z,web\n"
        + "s1,landing,2026-09-01T11:00:00Z,shop\ns1,signup,soon,shop\n");
    EventLog log = EventLog.of(file).withSegment("shop");

    String message = failure(() -> engine.observe(log, BY_STAGE_ID));

    assertEquals("the event log " + file + ", row 3 (not counting a header): timestamp 'soon' is not ISO 8601; "
        + "write timestamps such as 2026-09-01T10:15:00Z or 2026-09-01 10:15:00 (UTC)", message);
    assertEquals(failure(() -> duckdb.observe(log, BY_STAGE_ID)), message);
  }

  @Test
  void aSegmentGivesTheSameCasesAndSegmentCountsAsDuckDb() throws Exception {
    // Two segments; w2's later events carry none, yet the whole case is web's.
    EventLog log = EventLog.of(write("segmented.csv", """
        case_id,activity,timestamp,segment
        w1,landing,2026-09-01T10:00:00Z,web
        w1,signup,2026-09-01T10:04:00Z,web
        w2,landing,2026-09-02T10:00:00Z,web
        w2,signup,2026-09-02T10:02:00Z,
        s1,landing,2026-09-01T11:00:00Z,shop
        s2,landing,2026-09-01T12:00:00Z,shop
        s2,signup,2026-09-01T12:30:00Z,shop
        """));
    assertEquals(java.util.Map.of("shop", 2L, "web", 2L), engine.segments(log));
    assertEquals(duckdb.segments(log), engine.segments(log));
    assertEquals(4, engine.observe(log.withSegment("web"), BY_STAGE_ID).events());
    assertSameAsDuckDb(log.withSegment("web"), BY_STAGE_ID);
    assertSameAsDuckDb(log.withSegment("shop"), BY_STAGE_ID);
    EventLog plain = EventLog.of(write("plain.csv", "case_id,activity,timestamp\nc1,landing,2026-09-01T10:00:00Z\n"));
    assertEquals(java.util.Map.of(), engine.segments(plain));
    String message = failure(() -> engine.observe(plain.withSegment("web"), BY_STAGE_ID));
    assertTrue(message.contains("has no column 'segment'; its columns are: case_id, activity, timestamp"), message);
    assertEquals(failure(() -> duckdb.observe(plain.withSegment("web"), BY_STAGE_ID)), message);
  }

  @Test
  void anEmptyLogIsRefusedAsDuckDbRefusesIt() throws Exception {
    EventLog log = EventLog.of(write("empty.csv", "case_id,activity,timestamp\n"));

    String message = failure(() -> engine.activities(log));

    assertEquals("the event log " + log.location() + " holds no events; export some rows below the header", message);
    assertEquals(failure(() -> duckdb.activities(log)), message);
  }

  @Test
  void aLogThatIsNotThereIsNamedWithoutAStackTrace() {
    EventLog log = EventLog.of(temp.resolve("missing.csv"));

    String message = failure(() -> engine.activities(log));

    assertTrue(message.startsWith("cannot read the event log " + log.location() + ": "), message);
  }

  /** Both engines on one log: equal in everything, the stages' times within 1e-6 s. */
  private static void assertSameAsDuckDb(EventLog log, ActivityMapping mapping) {
    assertEquals(duckdb.activities(log), engine.activities(log));
    Observations expected = duckdb.observe(log, mapping);
    Observations actual = engine.observe(log, mapping);
    assertEquals(withoutTimes(expected), withoutTimes(actual));
    for (int i = 0; i < expected.stages().size(); i++) {
      StageTimes e = expected.stages().get(i);
      StageTimes a = actual.stages().get(i);
      assertClose(e.stage() + " median", e.medianSeconds(), a.medianSeconds());
      assertClose(e.stage() + " p90", e.p90Seconds(), a.p90Seconds());
    }
  }

  private static Observations withoutTimes(Observations o) {
    return new Observations(o.events(), o.cases(), o.first(), o.last(), o.transitions(),
        o.stages().stream().map(s -> new StageTimes(s.stage(), s.visits(), s.cases(), s.timed(),
            OptionalDouble.of(s.medianSeconds().isPresent() ? 1 : 0), OptionalDouble.of(s.p90Seconds().isPresent() ? 1 : 0)))
            .toList(), o.variants(), o.unmapped());
  }

  private static void assertClose(String what, OptionalDouble expected, OptionalDouble actual) {
    assertEquals(expected.isPresent(), actual.isPresent(), what);
    if (expected.isPresent()) {
      assertEquals(expected.getAsDouble(), actual.getAsDouble(), 1e-6, what);
    }
  }

  private static String failure(Supplier<?> call) {
    return assertThrows(EventLogException.class, call::get).getMessage();
  }

  private Path write(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SparkEngineTest.class.getResource("/" + name).toURI());
  }
}
