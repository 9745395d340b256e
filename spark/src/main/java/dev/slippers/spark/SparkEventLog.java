package dev.slippers.spark;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a log is and how to read it: a path or URI Spark can read (a file or a folder of part
 * files), its format and the names of the needed columns.
 *
 * <p>Stands in for the evidence module's {@code EventLog} until the engine seam is merged; the
 * fields are the same, so the adapter is one line.
 */
public record SparkEventLog(String path, String format, String caseColumn, String activityColumn,
    String timestampColumn) {

  public SparkEventLog {
    Objects.requireNonNull(path, "path");
    format = format.toLowerCase(Locale.ROOT);
    if (!format.equals("csv") && !format.equals("parquet") && !format.equals("jsonl")) {
      throw new IllegalArgumentException("log format " + format + ": give csv, parquet or jsonl");
    }
  }

  /** The default column names of the issue: {@code case_id}, {@code activity}, {@code timestamp}. */
  public static SparkEventLog of(String path, String format) {
    return new SparkEventLog(path, format, "case_id", "activity", "timestamp");
  }

  /** The format named by the path's extension; a folder has none, so it must be given. */
  public static String formatOf(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return "csv";
    }
    if (lower.endsWith(".parquet")) {
      return "parquet";
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")) {
      return "jsonl";
    }
    throw new IllegalArgumentException(path + ": the log format is not in the name; give --log-format csv, parquet or jsonl");
  }
}
