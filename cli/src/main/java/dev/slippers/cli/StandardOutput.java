package dev.slippers.cli;

import java.nio.file.Path;

/**
 * {@code -o -}: a single output written to standard output, so that {@code slippers export ... -o - | pbcopy}
 * and {@code slippers render j.yaml --format svg -o - > map.svg} work as in other Unix tools.
 */
final class StandardOutput {

  private StandardOutput() {}

  /** Whether {@code -o} names standard output. */
  static boolean is(Path output) {
    return output != null && output.toString().equals("-");
  }

  /** Which outputs may go to standard output, for the message that refuses the others. */
  static String hint() {
    return " (-o - works for one journey with report --format md or json, render --format svg, graph or html, walk, export, and diff)";
  }

  /** The refusal when more than one output would go to standard output. */
  static UserException refused(String why) {
    return new UserException(ExitCode.USAGE_OR_IO, "-o - (standard output) takes a single output, but " + why + hint());
  }
}
