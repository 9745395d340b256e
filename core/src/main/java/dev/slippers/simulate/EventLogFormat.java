package dev.slippers.simulate;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.apache.commons.text.StringEscapeUtils;

/**
 * How a simulated log is written: CSV with a header, or JSON lines; columns {@code case_id,
 * activity, timestamp, channel, segment}, timestamps ISO 8601 in UTC ({@code 2026-01-01T00:01:05Z}),
 * {@code "\n"} line endings. {@link #isPreviousOutput} recognises a file this wrote, so that the CLI
 * may replace it without {@code --force}.
 */
public enum EventLogFormat {
  csv, jsonl;

  public static final String CSV_HEADER = "case_id,activity,timestamp,channel,segment";
  private static final String JSONL_START = "{\"case_id\":";

  /** Written before the first event. */
  public void header(Writer out) throws IOException {
    if (this == csv) {
      out.write(CSV_HEADER + "\n");
    }
  }

  public void write(Writer out, SimulatedEvent e) throws IOException {
    String time = DateTimeFormatter.ISO_INSTANT.format(e.timestamp());
    if (this == csv) {
      // Commons Text quotes a field only where CSV needs it (comma, quote, line break).
      out.write(String.join(",", StringEscapeUtils.escapeCsv(e.caseId()), StringEscapeUtils.escapeCsv(e.activity()),
          time, StringEscapeUtils.escapeCsv(e.channel()), StringEscapeUtils.escapeCsv(e.segment())) + "\n");
    } else {
      out.write(JSONL_START + json(e.caseId()) + ",\"activity\":" + json(e.activity()) + ",\"timestamp\":\"" + time
          + "\",\"channel\":" + json(e.channel()) + ",\"segment\":" + json(e.segment()) + "}\n");
    }
  }

  /** True when {@code firstLine} is how a log of this kind starts. */
  public static boolean isPreviousOutput(String firstLine) {
    return firstLine.equals(CSV_HEADER) || firstLine.startsWith(JSONL_START);
  }

  private static String json(String s) {
    return "\"" + StringEscapeUtils.escapeJson(s) + "\"";
  }
}
