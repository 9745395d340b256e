package dev.slippers.evidence.duckdb;

import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Columns;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogException;
import dev.slippers.evidence.Observations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The computation of {@link EventLogEngine} in DuckDB, in memory: the log is read once into a table
 * of (row, case, activity, instant), the mapping joined as a table, visits found with window
 * functions ({@code lag} to spot a change of stage, {@code lead} for the next visit) and everything
 * grouped in SQL; Java only receives the small results. Timestamps are cast with the session's zone
 * set to UTC, so a timestamp without a zone is UTC.
 */
public final class DuckDbEngine implements EventLogEngine {

  private final Connection connection;

  public DuckDbEngine() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET TimeZone = 'UTC'");
      }
    } catch (ClassNotFoundException | SQLException e) {
      throw new EventLogException("the DuckDB engine could not start: " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, Long> activities(EventLog log) {
    load(log, false);
    Map<String, Long> result = new TreeMap<>();
    query("SELECT activity, count(*) FROM events GROUP BY activity", rs -> result.put(rs.getString(1), rs.getLong(2)));
    return result;
  }

  @Override
  public Observations observe(EventLog log, ActivityMapping mapping) {
    load(log, true);
    execute("CREATE OR REPLACE TEMP TABLE mapping (activity VARCHAR, stage VARCHAR)");
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mapping VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : mapping.stageOf().entrySet()) {
        insert.setString(1, e.getKey());
        insert.setString(2, e.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw failure(e);
    }
    long[] totals = new long[2];
    Instant[] span = new Instant[2];
    query("SELECT count(*), count(DISTINCT case_id), min(happened), max(happened) FROM events", rs -> {
      totals[0] = rs.getLong(1);
      totals[1] = rs.getLong(2);
      span[0] = rs.getObject(3, OffsetDateTime.class).toInstant();
      span[1] = rs.getObject(4, OffsetDateTime.class).toInstant();
    });
    // Visits: mapped events in case order; a visit starts where the stage differs from the previous event's.
    execute("""
        CREATE OR REPLACE TEMP TABLE visits AS
        WITH mapped AS (
          SELECT e.case_id, e.happened, m.stage, e.activity FROM events e JOIN mapping m USING (activity)),
        marked AS (
          SELECT *, CASE WHEN stage IS DISTINCT FROM lag(stage) OVER w THEN 1 ELSE 0 END AS starts
          FROM mapped WINDOW w AS (PARTITION BY case_id ORDER BY happened, activity, stage)),
        numbered AS (
          SELECT *, sum(starts) OVER (PARTITION BY case_id ORDER BY happened, activity, stage
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS visit
          FROM marked)
        SELECT case_id, visit, first(stage) AS stage, min(happened) AS started
        FROM numbered GROUP BY case_id, visit""");
    execute("""
        CREATE OR REPLACE TEMP TABLE departures AS
        SELECT case_id, visit, stage, started,
          lead(stage) OVER w AS next_stage,
          epoch_us(lead(started) OVER w) - epoch_us(started) AS micros
        FROM visits WINDOW w AS (PARTITION BY case_id ORDER BY visit)""");
    List<Observations.TransitionCount> transitions = new ArrayList<>();
    query("SELECT stage, coalesce(next_stage, '" + Observations.END + "') AS target, count(*) FROM departures"
        + " GROUP BY stage, target ORDER BY stage, target",
        rs -> transitions.add(new Observations.TransitionCount(rs.getString(1), rs.getString(2), rs.getLong(3))));
    List<Observations.StageTimes> stages = new ArrayList<>();
    query("""
        SELECT stage, count(*), count(DISTINCT case_id), count(micros),
          quantile_cont(micros / 1e6, 0.5), quantile_cont(micros / 1e6, 0.9)
        FROM departures GROUP BY stage ORDER BY stage""",
        rs -> stages.add(new Observations.StageTimes(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            optional(rs, 5), optional(rs, 6))));
    List<Observations.Variant> variants = new ArrayList<>();
    query("""
        SELECT path, count(*) AS n FROM (
          SELECT case_id, string_agg(stage, ' > ' ORDER BY visit) AS path FROM visits GROUP BY case_id)
        GROUP BY path ORDER BY n DESC, path""",
        rs -> variants.add(new Observations.Variant(Arrays.asList(rs.getString(1).split(" > ")), rs.getLong(2))));
    List<Observations.ActivityCount> unmapped = new ArrayList<>();
    query("SELECT activity, count(*) AS n FROM events ANTI JOIN mapping USING (activity)"
        + " GROUP BY activity ORDER BY n DESC, activity",
        rs -> unmapped.add(new Observations.ActivityCount(rs.getString(1), rs.getLong(2))));
    return new Observations(totals[0], totals[1], span[0], span[1], transitions, stages, variants, unmapped);
  }

  /**
   * Reads the log into the table {@code events (row, case_id, activity, happened)}, checking the columns,
   * the timestamps (when {@code timed}) and that there is at least one event.
   */
  private void load(EventLog log, boolean timed) {
    String source = source(log);
    List<String> found = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new EventLogException("cannot read the event log " + log.location() + ": " + firstLine(e), e);
    }
    Columns c = log.columns();
    for (String[] needed : List.of(new String[] {c.caseId(), "--case-column"}, new String[] {c.activity(), "--activity-column"},
        new String[] {c.timestamp(), "--timestamp-column"})) {
      if (!found.contains(needed[0])) {
        throw new EventLogException("the event log " + log.location() + " has no column '" + needed[0]
            + "'; its columns are: " + String.join(", ", found) + " (name the right one with " + needed[1] + ")");
      }
    }
    execute("CREATE OR REPLACE TEMP TABLE raw AS SELECT row_number() OVER () AS row, "
        + "CAST(" + quote(c.caseId()) + " AS VARCHAR) AS case_id, CAST(" + quote(c.activity()) + " AS VARCHAR) AS activity, "
        + "CAST(" + quote(c.timestamp()) + " AS VARCHAR) AS stamp FROM " + source);
    query("SELECT row, stamp FROM raw WHERE try_cast(stamp AS TIMESTAMPTZ) IS NULL OR case_id IS NULL OR activity IS NULL"
        + " ORDER BY row LIMIT 1", rs -> {
          throw new EventLogException("the event log " + log.location() + ", row " + rs.getLong(1) + " (not counting a header): "
              + (rs.getString(2) == null ? "a case, activity or timestamp is empty"
                  : "timestamp '" + rs.getString(2) + "' is not ISO 8601")
              + "; write timestamps such as 2026-09-01T10:15:00Z or 2026-09-01 10:15:00 (UTC)");
        });
    execute("CREATE OR REPLACE TEMP TABLE events AS SELECT row, case_id, activity, CAST(stamp AS TIMESTAMPTZ) AS happened FROM raw");
    execute("DROP TABLE raw");
    long[] count = new long[1];
    query("SELECT count(*) FROM events", rs -> count[0] = rs.getLong(1));
    if (count[0] == 0) {
      throw new EventLogException("the event log " + log.location() + " holds no events; export some rows below the header");
    }
  }

  private static String source(EventLog log) {
    String path = "'" + log.location().replace("'", "''") + "'";
    return switch (log.format()) {
      case CSV -> "read_csv(" + path + ", header = true, all_varchar = true)";
      case PARQUET -> "read_parquet(" + path + ")";
      case JSON_LINES -> "read_json(" + path + ", format = 'newline_delimited')";
    };
  }

  private static String quote(String column) {
    return "\"" + column.replace("\"", "\"\"") + "\"";
  }

  private static OptionalDouble optional(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Row row) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        row.accept(rs);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private void execute(String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static EventLogException failure(SQLException e) {
    return new EventLogException("the event log could not be read: " + firstLine(e), e);
  }

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing the user can act on: the in-memory database goes with the process.
    }
  }
}
