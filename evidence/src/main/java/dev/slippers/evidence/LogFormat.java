package dev.slippers.evidence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How an event log is stored. */
public enum LogFormat {
  /** Comma-separated values with a header row naming the columns. */
  CSV,
  /** Apache Parquet. */
  PARQUET,
  /** JSON lines: one JSON object per line, its keys the columns. */
  JSON_LINES;

  /** The format a file's name suggests ({@code .csv}, {@code .parquet}, {@code .jsonl}/{@code .ndjson}/{@code .json}), if any. */
  public static Optional<LogFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSON_LINES);
    }
    return Optional.empty();
  }
}
