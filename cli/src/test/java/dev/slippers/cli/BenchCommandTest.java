package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's shape only: speed is measured by running it, never asserted in a unit test. */
class BenchCommandTest {

  @Test
  void printsOneRowPerSizeWithRatiosAgainstTheFirst() {
    CliRun run = CliRun.of("bench", "--sizes", "20,40", "--repeat", "1");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(4, lines.length, run.out());
    assertTrue(lines[1].contains("stages") && lines[1].contains("ratio"), lines[1]);
    assertTrue(lines[2].trim().startsWith("20 "), lines[2]);
    assertTrue(lines[2].contains(" 1.0x"), lines[2]);
    assertTrue(lines[3].trim().startsWith("40 "), lines[3]);
  }

  @Test
  void tooSmallASizeIsAUsageError() {
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("bench", "--sizes", "2").exitCode());
  }

  @Test
  void eachWrongValueIsNamedWithItsRange() {
    assertRefused(CliRun.of("bench", "--sizes", "100,0"), "slippers: --sizes 0: a synthetic journey has from 3 to 1,000,000 stages");
    assertRefused(CliRun.of("bench", "--sizes", "-5"), "slippers: --sizes -5: a synthetic journey has from 3 to 1,000,000 stages");
    assertRefused(CliRun.of("bench", "--sizes", "2000000000"), "slippers: --sizes 2000000000: a synthetic journey has from 3");
    assertRefused(CliRun.of("bench", "--sizes", ","), "slippers: --sizes: give at least one number of stages");
    assertRefused(CliRun.of("bench", "--sizes", "3", "--repeat", "0"), "slippers: --repeat 0: give 1 or more repetitions");
  }

  @Test
  void calibratePrintsOneRowPerSizeBesideDuckDbsScanOfTheSameFile() {
    CliRun run = CliRun.of("bench", "calibrate", "../journeys/shirt-store.yaml", "--events", "2000", "--repeat", "1",
        "--format", "csv", "--memory-limit", "256MB");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(4, lines.length, run.out());
    assertTrue(lines[0].startsWith("slippers bench calibrate: shirt-store.yaml, ") && lines[0].contains("DuckDB v")
        && lines[0].contains("memory_limit 256MB") && lines[0].contains("csv, 1 repetition(s), seed 1"), lines[0]);
    assertTrue(lines[1].contains("calibrate ev/s") && lines[1].contains("x scan"), lines[1]);
    String[] row = lines[2].trim().split("\\s+");
    assertTrue(Long.parseLong(row[0]) >= 2000, lines[2]);
    assertTrue(row[8].endsWith("x") && row[9].endsWith("x"), lines[2]);
    assertTrue(lines[3].startsWith("load average"), lines[3]);
  }

  @Test
  void calibrateNamesEachWrongValue() {
    assertRefused(CliRun.of("bench", "calibrate", "../journeys/shirt-store.yaml", "--events", "10"),
        "slippers: --events 10: a benchmark log has from 1,000 to 100,000,000 events");
    assertRefused(CliRun.of("bench", "calibrate", "../journeys/shirt-store.yaml", "--memory-limit", "lots"),
        "slippers: --memory-limit lots: give a size such as 2GB or 512MB");
    assertRefused(CliRun.of("bench", "calibrate", "../journeys/shirt-store.yaml", "--threads", "-1"),
        "slippers: --threads -1: give 0 (one per processor) or more");
  }

  private static void assertRefused(CliRun run, String message) {
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(message), run.err());
    assertEquals("", run.out());
  }
}
