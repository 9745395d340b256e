/**
 * The {@code slippers} command line: one class per subcommand, printing through picocli's streams
 * so that tests capture output, with the exit codes kept in {@link dev.slippers.cli.ExitCode}.
 */
package dev.slippers.cli;
