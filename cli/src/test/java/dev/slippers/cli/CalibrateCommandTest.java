package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slippers calibrate} end to end on the hand-worked log of the evidence module's tests. */
class CalibrateCommandTest {

  static final String JOURNEY = """
      slippers: 1
      id: shop
      title: Shop
      stages:
        - {id: browse, name: Browses}
        - {id: pay, name: Pays, events: ['card_*']}
        - {id: done, name: Done, outcome: success}
      transitions:
        - {from: browse, to: pay, share: 50%}
        - {from: pay, to: done, share: 100%}
      """;

  static final String LOG = """
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

  static Path[] files(Path dir, String log) throws Exception {
    Path journey = Files.writeString(dir.resolve("shop.yaml"), JOURNEY);
    Path events = Files.writeString(dir.resolve("log.csv"), log);
    return new Path[] {journey, events};
  }

  /** Two segments: web's two cases both pay and finish; shop's three browse, one pays and leaves. */
  static final String SEGMENTED = """
      case_id,activity,timestamp,segment
      w1,browse,2026-09-01T10:00:00Z,web
      w1,card_pay,2026-09-01T10:04:00Z,web
      w1,done,2026-09-01T10:10:00Z,web
      w2,browse,2026-09-02T10:00:00Z,web
      w2,card_pay,2026-09-02T10:02:00Z,
      w2,done,2026-09-02T10:03:00Z,
      s1,browse,2026-09-01T11:00:00Z,shop
      s2,browse,2026-09-01T12:00:00Z,shop
      s2,card_pay,2026-09-01T12:30:00Z,shop
      s3,browse,2026-09-03T09:00:00Z,shop
      """;

  @Test
  void aSegmentRestrictsTheCalibrationToItsCases(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, SEGMENTED);
    CliRun web = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--segment", "web");
    assertEquals(0, web.exitCode(), web.err());
    // w2's later events carry no segment: the case is web's by its first event, and all of it counts.
    assertTrue(web.out().startsWith("Segments: shop (3 cases), web (2 cases)\nCalibrated on segment web only\n"
        + "6 events, 2 cases (2 mapped), 2026-09-01..2026-09-02"), web.out());
    assertTrue(web.out().contains("browse -> pay: 100.0% (2/2,"), web.out());
    assertTrue(web.out().contains("pay -> done: 100.0% (2/2,"), web.out());
    CliRun shop = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--segment", "shop",
        "--format", "json");
    assertEquals(0, shop.exitCode(), shop.err());
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(shop.out());
    assertEquals("shop", json.get("segment").asText());
    assertEquals(3, json.get("segments").get("shop").asInt());
    assertEquals(2, json.get("segments").get("web").asInt());
    assertEquals(3, json.get("cases").asInt());
    var browsePay = json.get("transitions").findParents("from").stream()
        .filter(t -> t.get("from").asText().equals("browse")).findFirst().orElseThrow();
    assertEquals(1, browsePay.get("count").asInt());
    assertEquals(3, browsePay.get("departures").asInt());
    // The whole log: every segment, and the line says so.
    CliRun all = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString());
    assertTrue(all.out().startsWith("Segments: shop (3 cases), web (2 cases)\nCalibrated on all of them\n10 events, 5 cases"),
        all.out());
  }

  @Test
  void aSegmentTheLogLacksIsNamedWithTheOnesItHas(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, SEGMENTED);
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--segment", "phone");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is in segment 'phone'; its segments are: shop (3 cases), web (2 cases)"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    Path[] plain = files(dir, LOG);
    CliRun none = CliRun.of("calibrate", plain[0].toString(), "--events", plain[1].toString(), "--segment", "web");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("has no column 'segment'; its columns are: case_id, activity, timestamp"
        + " (name the right one with --segment-column)"), none.err());
    // Without a segment column, the output says nothing of segments.
    assertFalse(CliRun.of("calibrate", plain[0].toString(), "--events", plain[1].toString()).out().contains("Segments"));
  }

  @Test
  void textShowsDriftFirst(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, LOG);
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString());
    assertEquals(0, run.exitCode(), run.err());
    String firstTransition = run.out().lines().filter(l -> l.contains(" -> ")).findFirst().orElseThrow();
    assertEquals("  DRIFT pay -> done: 33.3% (1/3, 6.1%..79.2%), designed 100.0%", firstTransition);
    assertTrue(run.out().contains("  pay -> browse: 1 (33.3%)"), run.out());
    assertTrue(run.out().contains("Conformance: 66.7% of cases fit the journey"), run.out());
    // Observed per kind beside the analysis' prediction (browse passes half on, pay all: 50% success, 50% lost).
    assertTrue(run.out().contains("Outcomes (observed, predicted by the analysis of the journey)\n"
        + "  success (Done): 33.3% observed, 50.0% predicted, -16.7 pp\n"
        + "  lost: 66.7% observed, 50.0% predicted, +16.7 pp\n"), run.out());
    CliRun markdown = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--format", "markdown");
    assertTrue(markdown.out().contains("## Outcomes (observed, predicted by the analysis of the journey)\n"
        + "- success (Done): 33.3% observed, 50.0% predicted, -16.7 pp\n"), markdown.out());
  }

  /** A calibrated copy is a document to share: the umask's permissions, or those of the file it replaces. */
  @Test
  void theCalibratedCopyGetsNormalPermissions(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, LOG);
    Path fresh = Files.createFile(dir.resolve("made-by-this-user"));
    Path out = dir.resolve("calibrated.yaml");
    assertEquals(0, CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--write", out.toString()).exitCode());
    assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(out));
    Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
    assertEquals(0, CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--write", out.toString()).exitCode());
    assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    try (var left = Files.list(dir)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }

  @Test
  void writeGivesAValidCalibratedCopyAndLeavesTheJourneyAlone(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, LOG);
    Path out = dir.resolve("calibrated.yaml");
    CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--write", out.toString(),
        "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(JOURNEY, Files.readString(f[0]));
    String yaml = Files.readString(out);
    LoadResult reread = new JourneyLoader(dir).load(out);
    assertFalse(reread.hasErrors(), reread.diagnostics().toString());
    var journey = reread.journey().orElseThrow();
    assertEquals(0.3333, journey.transitions().get(1).share().getAsDouble(), 1e-12);
    assertEquals(1, journey.transitions().get(1).count().getAsLong());
    assertEquals("events 2026-09-01..2026-09-01, n = 3", journey.transitions().get(1).source());
    assertEquals(3, journey.stages().get(1).departures().getAsLong());
    assertTrue(yaml.contains("#  - {from: pay, to: browse, share: 0.3333, count: 1}"), yaml);
    assertTrue(run.out().contains("\"drift\" : true"), run.out());
  }

  @Test
  void badLogsGiveOneMessageAndExitTwo(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, LOG);
    Object[][] cases = {
        {"case,activity,timestamp\nc1,browse,2026-09-01T10:00:00Z\n", "has no column 'case_id'; its columns are: case, activity, timestamp"},
        {"case_id,activity,timestamp\nc1,browse,2026-09-01T10:00:00Z\nc1,pay,noon\n", "row 2 (not counting a header): timestamp 'noon'"},
        {"case_id,activity,timestamp\n", "holds no events"},
        {"case_id,activity,timestamp\nc1,login,2026-09-01T10:00:00Z\n", "no activity of"},
    };
    for (Object[] c : cases) {
      Files.writeString(f[1], (String) c[0]);
      CliRun run = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString());
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains((String) c[1]), run.err());
      assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }
    CliRun spark = CliRun.of("calibrate", f[0].toString(), "--events", f[1].toString(), "--engine", "spark");
    assertEquals(2, spark.exitCode());
    assertTrue(spark.err().contains("no event-log engine 'spark' here"), spark.err());
  }
}
