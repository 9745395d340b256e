package dev.slippers.evidence;

import java.nio.file.Path;

/**
 * An event log to read: a table of events, one row each.
 *
 * @param location a file (or, for engines that read them, a folder or a URI such as {@code hdfs://...})
 * @param format   how it is stored
 * @param columns  which columns hold what
 * @param segment  when not null, only the cases with an event of this value in the segment column
 *                 (a persona) are read: every event of such a case, none of the others
 */
public record EventLog(String location, LogFormat format, Columns columns, String segment) {

  /** The whole log. */
  public EventLog(String location, LogFormat format, Columns columns) {
    this(location, format, columns, null);
  }

  /** The same log restricted to the cases of a segment ({@code null}: the whole log). */
  public EventLog withSegment(String name) {
    return new EventLog(location, format, columns, name);
  }

  /** A local file with the default columns, its format from its name (CSV when the name says nothing). */
  public static EventLog of(Path file) {
    return new EventLog(file.toString(), LogFormat.of(file).orElse(LogFormat.CSV), Columns.DEFAULT);
  }
}
