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

  private static void assertRefused(CliRun run, String message) {
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.err());
    assertTrue(run.err().startsWith(message), run.err());
    assertEquals("", run.out());
  }
}
