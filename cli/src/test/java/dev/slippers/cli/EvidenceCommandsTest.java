package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slippers simulate} and {@code slippers analyze --samples} from the command line. */
class EvidenceCommandsTest {

  /** One stage, 30 of 100 customers buying, counted: the posterior of success is Beta(31, 71). */
  static final String COUNTED = """
      slippers: 1
      id: counted
      title: Counted
      stages:
        - {id: try, name: Tries}
        - {id: win, name: Buys, outcome: success}
        - {id: lose, name: Leaves, outcome: failure}
      transitions:
        - {from: try, to: win, share: 30%, count: 30}
        - {from: try, to: lose, share: 70%, count: 70}
      economics: {customers: 1000, period: month, value_per_success: 100}
      """;

  @TempDir Path dir;

  @Test
  void analyzeSamplesGivesIntervalsInJsonAndTheSameSeedTheSameOutput() throws Exception {
    Path journey = Files.writeString(dir.resolve("counted.yaml"), COUNTED);
    CliRun first = CliRun.of("analyze", journey.toString(), "--format", "json", "--samples", "2000", "--seed", "4");
    assertEquals(0, first.exitCode(), first.err());
    JsonNode u = new ObjectMapper().readTree(first.out()).get("uncertainty");
    assertEquals(2000, u.get("samples").asInt());
    assertEquals(4, u.get("seed").asInt());
    // Beta(31, 71): 2.5% and 97.5% points 0.2177 and 0.3962; 2,000 draws put each within 0.011 (four quantile errors).
    org.apache.commons.math3.distribution.BetaDistribution beta = new org.apache.commons.math3.distribution.BetaDistribution(31, 71);
    assertEquals(beta.inverseCumulativeProbability(0.025), u.get("success").get("low").asDouble(), 0.011);
    assertEquals(beta.inverseCumulativeProbability(0.975), u.get("success").get("high").asDouble(), 0.011);
    // Value = 1000 × 100 × success: the same interval, scaled.
    assertEquals(100_000 * u.get("success").get("low").asDouble(), u.get("valuePerPeriod").get("low").asDouble(), 1);
    assertEquals("[\"try\"]", u.get("measuredStages").toString());
    assertEquals("[]", u.get("assumedStages").toString());

    assertEquals(first.out(), CliRun.of("analyze", journey.toString(), "--format", "json", "--samples", "2000",
        "--seed", "4").out(), "the same seed gives the same document");
    CliRun other = CliRun.of("analyze", journey.toString(), "--format", "json", "--samples", "2000", "--seed", "5");
    assertFalse(first.out().equals(other.out()), "another seed draws other journeys");
    CliRun text = CliRun.of("analyze", journey.toString(), "--samples", "2000", "--seed", "4");
    assertTrue(text.out().contains("Uncertainty: 2000 journeys drawn from the counts (seed 4), 95% intervals\n"), text.out());
  }

  @Test
  void analyzeRefusesSamplesOutOfRange() throws Exception {
    Path journey = Files.writeString(dir.resolve("counted.yaml"), COUNTED);
    CliRun run = CliRun.of("analyze", journey.toString(), "--samples", "0");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--samples must be between 1 and 1000000, was 0"), run.err());
  }

  @Test
  void simulateReplacesOnlyItsOwnLogsUnlessForced() throws Exception {
    Path journey = Files.writeString(dir.resolve("counted.yaml"), COUNTED);
    Path mine = Files.writeString(dir.resolve("notes.csv"), "my own notes\n");
    CliRun refused = CliRun.of("simulate", journey.toString(), "--cases", "10", "-o", mine.toString());
    assertEquals(2, refused.exitCode());
    assertTrue(refused.err().contains("exists and is not a simulated log; give another -o, or --force to replace it"),
        refused.err());
    assertEquals("my own notes\n", Files.readString(mine));

    CliRun forced = CliRun.of("simulate", journey.toString(), "--cases", "10", "--seed", "3", "-o", mine.toString(),
        "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    String log = Files.readString(mine);
    assertTrue(log.startsWith("case_id,activity,timestamp,channel,segment\n"), log);
    assertEquals(10, log.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count());

    // A previous simulated log is replaced without --force, by the same bytes for the same seed.
    assertEquals(0, CliRun.of("simulate", journey.toString(), "--cases", "10", "--seed", "3", "-o", mine.toString())
        .exitCode());
    assertEquals(log, Files.readString(mine));
  }

  /** A log is a document to share: the umask's permissions for a new one, the old one's when replacing. */
  @Test
  void simulatedLogsGetNormalPermissions() throws Exception {
    Path journey = Files.writeString(dir.resolve("counted.yaml"), COUNTED);
    Path fresh = Files.createFile(dir.resolve("made-by-this-user"));
    Path log = dir.resolve("events.csv");
    assertEquals(0, CliRun.of("simulate", journey.toString(), "--cases", "5", "-o", log.toString()).exitCode());
    assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(log));
    Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r-----"));
    assertEquals(0, CliRun.of("simulate", journey.toString(), "--cases", "5", "-o", log.toString()).exitCode());
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }
}
