package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How the command line ends when the JVM itself gives up. */
class SlippersCommandTest {

  @CommandLine.Command(name = "greedy")
  static final class Greedy implements Callable<Integer> {
    final Error error;

    Greedy(Error error) {
      this.error = error;
    }

    @Override
    public Integer call() {
      throw error;
    }
  }

  private static CliRun run(Error error) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = SlippersCommand.withErrorHandling(new CommandLine(new Greedy(error)));
    commandLine.setErr(new PrintWriter(err, true));
    return new CliRun(commandLine.execute(), "", err.toString());
  }

  @Test
  void runningOutOfMemoryOrStackSaysHowToGiveJavaMoreWithoutAStackTrace() {
    CliRun memory = run(new OutOfMemoryError("Java heap space"));
    assertEquals(ExitCode.USAGE_OR_IO, memory.exitCode());
    assertEquals("slippers: ran out of memory: the input is too large for this Java; give it more, e.g. "
        + "SLIPPERS_JAVA_OPTS=-Xmx4g ./slippers ...", memory.err().strip());
    CliRun stack = run(new StackOverflowError());
    assertEquals(ExitCode.USAGE_OR_IO, stack.exitCode());
    assertTrue(stack.err().contains("ran out of stack") && stack.err().contains("-Xss64m"), stack.err());
    assertFalse(stack.err().contains("Error"), stack.err());
  }

  /** --version alone builds no subcommand (that was most of its start-up) and still prints the version. */
  @Test
  void versionAloneNeedsNoSubcommandAndPrintsTheSameLines() {
    assertTrue(SlippersCommand.newCommandLine(new String[] {"--version"}).getSubcommands().isEmpty());
    assertTrue(SlippersCommand.newCommandLine(new String[] {"-V"}).getSubcommands().isEmpty());
    CliRun alone = CliRun.of("--version");
    assertEquals(ExitCode.OK, alone.exitCode(), alone.err());
    assertTrue(alone.out().startsWith("slippers "), alone.out());
    assertTrue(alone.out().contains("journey format version 1"), alone.out());
    assertEquals(alone.out(), CliRun.of("-V").out());
    // With anything else the subcommands are there, so 'slippers --version render' stays a usage error.
    assertFalse(SlippersCommand.newCommandLine(new String[] {"--help"}).getSubcommands().isEmpty());
  }

  private static void assertUsage(CliRun run, String expected) {
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.err());
    assertEquals(expected, run.err().strip());
    assertEquals("", run.out());
  }

  @Test
  void aUsageErrorIsOneLineWithWhereTheHelpIsNotTheWholeHelp() {
    assertUsage(CliRun.of("render", "../journeys/pizza-delivery.yaml"),
        "slippers: Missing required option: '--output=DIR'; see 'slippers render --help'");
    assertUsage(CliRun.of("validate", "--formt", "json", "x.yaml"),
        "slippers: Unknown option: '--formt' (did you mean --format?); see 'slippers validate --help'");
    assertUsage(CliRun.of("analyze", "--format", "xml", "x.yaml"), "slippers: Invalid value for option '--format': "
        + "expected one of [text, json] (case-insensitive) but was 'xml'; see 'slippers analyze --help'");
    assertUsage(CliRun.of("analyze", "a.yaml", "b.yaml"), "slippers: unexpected argument 'b.yaml'; see 'slippers analyze --help'");
    assertUsage(CliRun.of("valdate", "x.yaml"), "slippers: unknown command 'valdate' (did you mean validate?); see 'slippers --help'");
    assertUsage(CliRun.of("help", "frobnicate"), "slippers: Unknown subcommand 'frobnicate'; see 'slippers --help'");
    String commands = String.join(", ", SlippersCommand.newCommandLine().getSubcommands().keySet());
    assertTrue(commands.startsWith("init, validate, analyze, render, report, walk, diff, build"), commands);
    assertUsage(CliRun.of("frobnicate"), "slippers: unknown command 'frobnicate'; the commands are " + commands
        + "; see 'slippers --help'");
  }

  @Test
  void aRunBuildsOnlyTheCommandItRunsAndHelpStillListsThemAll() {
    assertEquals(java.util.Set.of("render"),
        SlippersCommand.newCommandLine(new String[] {"--stacktrace", "render", "x.yaml"}).getSubcommands().keySet());
    assertEquals(SlippersCommand.newCommandLine().getSubcommands().keySet(),
        SlippersCommand.newCommandLine(new String[] {"help", "render"}).getSubcommands().keySet());
    assertEquals(SlippersCommand.newCommandLine().getSubcommands().size(),
        SlippersCommand.newCommandLine(new String[] {"rendr"}).getSubcommands().size());
    CliRun help = CliRun.of("--help");
    for (String name : java.util.List.of("validate", "analyze", "render", "report", "walk", "diff", "build", "bench", "schema")) {
      assertTrue(help.out().contains("  " + name + " "), name + " in " + help.out());
    }
    CliRun renderHelp = CliRun.of("render", "--help");
    assertTrue(renderHelp.out().contains("--stacktrace"), "the inherited option is on the lazy subcommand too");
    assertTrue(renderHelp.out().contains("Usage: slippers render"), renderHelp.out());
    assertTrue(CliRun.of("rendr").err().contains("did you mean render?"));
  }
}
