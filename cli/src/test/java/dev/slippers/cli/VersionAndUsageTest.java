package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code -V} on every subcommand, and a bare {@code slippers} as a usage error. */
class VersionAndUsageTest {

  @Test
  void everySubcommandPrintsTheVersion() {
    for (String command : new String[] {"validate", "render", "analyze", "report", "walk", "diff", "export", "init"}) {
      CliRun run = CliRun.of(command, "-V");
      assertEquals(ExitCode.OK, run.exitCode(), command);
      assertTrue(run.out().startsWith("slippers "), command + " -V printed: " + run.out());
      assertEquals(run.out(), CliRun.of(command, "--version").out(), command);
    }
  }

  @Test
  void bareSlippersPrintsUsageToStandardErrorAndExitsTwo() {
    CliRun run = CliRun.of();
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("Usage: slippers"), run.err());
  }
}
