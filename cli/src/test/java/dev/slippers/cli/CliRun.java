package dev.slippers.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints, as a test would see it. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = SlippersCommand.newCommandLine(args);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs with this text as standard input, as {@code echo ... | slippers ...} would. */
  static synchronized CliRun withStdin(String in, String... args) {
    java.io.InputStream before = System.in;
    System.setIn(new java.io.ByteArrayInputStream(in.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      return of(args);
    } finally {
      System.setIn(before);
    }
  }
}
