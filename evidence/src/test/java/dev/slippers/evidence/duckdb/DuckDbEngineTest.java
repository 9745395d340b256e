package dev.slippers.evidence.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small log worked by hand: three cases, a loop, a drop-off, an unmapped activity. */
public class DuckDbEngineTest {

  // c1: browse 10:00, browse 10:01 (same visit), pay 10:05, done 10:07   -> browse>pay>done
  // c2: browse 10:00, pay 10:02, browse 10:03, pay 10:10                  -> browse>pay>browse>pay
  // c3: browse 11:00, ping (unmapped)                                       -> browse, drop-off
  public static final String LOG = """
      case_id,activity,timestamp
      c1,browse,2026-09-01T10:00:00Z
      c1,browse,2026-09-01T10:01:00
      c1,card_pay,2026-09-01T10:05:00Z
      c1,done,2026-09-01T12:07:00+02:00
      c2,browse,2026-09-01 10:00:00
      c2,card_pay,2026-09-01T10:02:00Z
      c2,browse,2026-09-01T10:03:00Z
      c2,card_pay,2026-09-01T10:10:00Z
      c3,browse,2026-09-01T11:00:00Z
      c3,ping,2026-09-01T11:30:00Z
      """;

  static final ActivityMapping MAPPING = new ActivityMapping(Map.of("browse", "browse", "card_pay", "pay", "done", "done"));

  static EventLogEngine engine;

  @BeforeAll
  static void open() {
    engine = EventLogEngines.open("duckdb");
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  static EventLog csv(Path dir, String text) throws Exception {
    Path file = dir.resolve("log.csv");
    Files.writeString(file, text);
    return EventLog.of(file);
  }

  @Test
  void countsVisitsDeparturesDurationsAndVariantsAsWorkedByHand(@TempDir Path dir) throws Exception {
    Observations o = engine.observe(csv(dir, LOG), MAPPING);
    assertEquals(10, o.events());
    assertEquals(3, o.cases());
    assertEquals(Instant.parse("2026-09-01T10:00:00Z"), o.first());
    assertEquals(Instant.parse("2026-09-01T11:30:00Z"), o.last());
    // Visits: c1 browse,pay,done; c2 browse,pay,browse,pay; c3 browse.
    assertEquals(List.of(
        new TransitionCount("browse", "(end)", 1),
        new TransitionCount("browse", "pay", 3),
        new TransitionCount("done", "(end)", 1),
        new TransitionCount("pay", "(end)", 1),
        new TransitionCount("pay", "browse", 1),
        new TransitionCount("pay", "done", 1)), o.transitions());
    // browse durations: c1 5m=300s, c2 2m=120s and 7m=420s; c3 none. Sorted 120,300,420:
    // median 300; p90 rank 0.9*2 = 1.8 -> 300 + 0.8*120 = 396.
    // pay durations: c1 10:05->10:07 = 120s, c2 10:02->10:03 = 60s; median 90, p90 60 + 0.9*60 = 114.
    assertEquals(List.of(
        new StageTimes("browse", 4, 3, 3, OptionalDouble.of(300), OptionalDouble.of(396)),
        new StageTimes("done", 1, 1, 0, OptionalDouble.empty(), OptionalDouble.empty()),
        new StageTimes("pay", 3, 2, 2, OptionalDouble.of(90), OptionalDouble.of(114))), o.stages());
    assertEquals(List.of(
        new Variant(List.of("browse"), 1),
        new Variant(List.of("browse", "pay", "browse", "pay"), 1),
        new Variant(List.of("browse", "pay", "done"), 1)), o.variants());
    assertEquals(List.of(new ActivityCount("ping", 1)), o.unmapped());
    assertEquals(3, o.mappedCases());
  }

  @Test
  void theSameLogAsJsonLinesGivesTheSameObservations(@TempDir Path dir) throws Exception {
    StringBuilder json = new StringBuilder();
    for (String line : LOG.strip().split("\n")) {
      String[] f = line.split(",");
      if (!f[0].equals("case_id")) {
        json.append("{\"case_id\": \"").append(f[0]).append("\", \"activity\": \"").append(f[1])
            .append("\", \"timestamp\": \"").append(f[2]).append("\"}\n");
      }
    }
    Path file = dir.resolve("log.jsonl");
    Files.writeString(file, json);
    assertEquals(engine.observe(csv(dir, LOG), MAPPING), engine.observe(EventLog.of(file), MAPPING));
  }

  @Test
  void activitiesAreCountedByName(@TempDir Path dir) throws Exception {
    assertEquals(Map.of("browse", 5L, "card_pay", 3L, "done", 1L, "ping", 1L), engine.activities(csv(dir, LOG)));
  }

  @Test
  void otherColumnNamesAreHonoured(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("renamed.csv");
    Files.writeString(file, LOG.replaceFirst("case_id,activity,timestamp", "customer,event,when"));
    EventLog log = new EventLog(file.toString(), LogFormat.CSV, new Columns("customer", "event", "when", "channel", "segment"));
    assertEquals(engine.observe(csv(dir, LOG), MAPPING), engine.observe(log, MAPPING));
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsFound(@TempDir Path dir) throws Exception {
    EventLogException e = assertThrows(EventLogException.class,
        () -> engine.observe(csv(dir, "case,activity,timestamp\nc1,a,2026-09-01T10:00:00Z\n"), MAPPING));
    assertTrue(e.getMessage().contains("has no column 'case_id'; its columns are: case, activity, timestamp"
        + " (name the right one with --case-column)"), e.getMessage());
  }

  @Test
  void anUnparsableTimestampNamesItsRow(@TempDir Path dir) throws Exception {
    EventLogException e = assertThrows(EventLogException.class, () -> engine.observe(csv(dir,
        "case_id,activity,timestamp\nc1,a,2026-09-01T10:00:00Z\nc1,b,yesterday\n"), MAPPING));
    assertTrue(e.getMessage().contains("row 2 (not counting a header): timestamp 'yesterday' is not ISO 8601"), e.getMessage());
  }

  @Test
  void anEmptyLogIsRefused(@TempDir Path dir) throws Exception {
    EventLogException e = assertThrows(EventLogException.class,
        () -> engine.observe(csv(dir, "case_id,activity,timestamp\n"), MAPPING));
    assertTrue(e.getMessage().contains("holds no events"), e.getMessage());
  }

  @Test
  void anUnknownEngineSaysWhichExist() {
    EventLogException e = assertThrows(EventLogException.class, () -> EventLogEngines.open("spark"));
    assertTrue(e.getMessage().startsWith("no event-log engine 'spark' here (engines available: duckdb); the Spark engine"),
        e.getMessage());
  }
}
