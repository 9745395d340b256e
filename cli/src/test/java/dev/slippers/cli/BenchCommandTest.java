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
}
