package dev.slippers.evidence;

import java.nio.file.Path;

/**
 * An event log to read: a table of events, one row each.
 *
 * @param location a file (or, for engines that read them, a folder or a URI such as {@code hdfs://...})
 * @param format   how it is stored
 * @param columns  which columns hold what
 */
public record EventLog(String location, LogFormat format, Columns columns) {

  /** A local file with the default columns, its format from its name (CSV when the name says nothing). */
  public static EventLog of(Path file) {
    return new EventLog(file.toString(), LogFormat.of(file).orElse(LogFormat.CSV), Columns.DEFAULT);
  }
}
