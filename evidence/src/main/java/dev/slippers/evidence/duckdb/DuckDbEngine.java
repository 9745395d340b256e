package dev.slippers.evidence.duckdb;

import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Columns;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogException;
import dev.slippers.evidence.Observations;
import java.nio.file.Path;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The computation of {@link EventLogEngine} in DuckDB, in memory: the log is read once into a table
 * of (case, activity, instant), the mapping joined as a table, visits found with window functions
 * and everything grouped in SQL; Java only receives the small results. Timestamps are cast with the
 * session's zone set to UTC, so a timestamp without a zone is UTC.
 *
 * <p>Cost, measured by {@code slippers bench calibrate} (docs/performance.md): one read of the file
 * ({@link #activities} and {@link #observe} of the same unchanged log share it), one sort of the
 * mapped events per case (a {@code lag} window marks where a visit starts), one sort of the visits
 * alone (a {@code lead} window for the next visit), then group-bys over the visits. Events are never
 * numbered in file order unless the log holds a bad row, whose number the message needs.
 */
public final class DuckDbEngine implements EventLogEngine {

  private final Connection connection;
  /** The log now in the table {@code events}, and the file's size and modification time then. */
  private String loaded;
  /** Its number of events, earliest and latest instant. */
  private long events;
  private Instant first;
  private Instant last;

  /** An engine with DuckDB's defaults: a thread per processor, memory up to 80% of the machine's. */
  public DuckDbEngine() {
    this(null, 0);
  }

  /**
   * An engine with bounded resources.
   *
   * @param memoryLimit DuckDB's {@code memory_limit} (such as {@code "1GB"}); beyond it DuckDB spills
   *                    to its temporary folder, or fails when it cannot; {@code null} for the default
   * @param threads     DuckDB's worker threads, 0 for one per processor
   */
  public DuckDbEngine(String memoryLimit, int threads) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET TimeZone = 'UTC'");
        // Nothing below depends on the order of rows in a table (every order is explicit), and
        // without it DuckDB writes tables in parallel with less memory.
        s.execute("SET preserve_insertion_order = false");
        // Where DuckDB spills what exceeds its memory limit: the system's temporary folder, not
        // DuckDB's default of ".tmp" in the current folder. DuckDB creates it only when it spills
        // and removes it when the database closes.
        s.execute("SET temp_directory = '" + Path.of(System.getProperty("java.io.tmpdir"),
            "slippers-duckdb-" + UUID.randomUUID()).toString().replace("'", "''") + "'");
        if (memoryLimit != null) {
          s.execute("SET memory_limit = '" + memoryLimit.replace("'", "''") + "'");
        }
        if (threads > 0) {
          s.execute("SET threads = " + threads);
        }
      }
    } catch (ClassNotFoundException | SQLException e) {
      throw new EventLogException("the DuckDB engine could not start: " + e.getMessage(), e);
    }
  }

  /** The open connection, for the benchmark's baseline queries on the same database. */
  Connection connection() {
    return connection;
  }

  @Override
  public Map<String, Long> activities(EventLog log) {
    load(log);
    Map<String, Long> result = new TreeMap<>();
    query("SELECT activity, n FROM activity_counts", rs -> result.put(rs.getString(1), rs.getLong(2)));
    return result;
  }

  @Override
  public Map<String, Long> segments(EventLog log) {
    String source = source(log);
    Map<String, String> found = describe(log, source);
    String segment = log.columns().segment();
    Map<String, Long> result = new TreeMap<>();
    if (segment == null || !found.containsKey(segment)) {
      return result;
    }
    query("SELECT CAST(" + quote(segment) + " AS VARCHAR) AS s, count(DISTINCT CAST(" + quote(log.columns().caseId())
        + " AS VARCHAR)) FROM " + source + " WHERE s IS NOT NULL GROUP BY s", rs -> result.put(rs.getString(1), rs.getLong(2)));
    return result;
  }

  @Override
  public Observations observe(EventLog log, ActivityMapping mapping) {
    load(log);
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
    // Activities in DuckDB's own string order (the tie-break of the computation) and stages, numbered.
    execute("""
        CREATE OR REPLACE TEMP TABLE stages AS
        SELECT stage, CAST(row_number() OVER (ORDER BY stage) AS INTEGER) AS no FROM (SELECT DISTINCT stage FROM mapping)""");
    execute("""
        CREATE OR REPLACE TEMP TABLE codes AS
        SELECT m.activity, CAST(row_number() OVER (ORDER BY m.activity) AS INTEGER) AS rank, s.no
        FROM mapping m JOIN stages s USING (stage)""");
    // One pass over the events, grouped by case: each case's mapped events as a list sorted by
    // (time, activity), collapsed into visits where the stage changes; a visit's duration is the
    // next visit's start minus its own. Lists, not window functions, because this is one hash
    // aggregation with a sort per case instead of two sorts of the whole log (docs/performance.md).
    long[] cases = new long[1];
    execute("""
        CREATE OR REPLACE TEMP TABLE paths AS
        WITH per_case AS (
          SELECT list_sort(list(struct_pack(t := epoch_us(e.happened), r := k.rank, s := k.no))
            FILTER (WHERE k.no IS NOT NULL)) AS events
          FROM events e LEFT JOIN codes k USING (activity) GROUP BY e.case_id),
        visits AS (
          SELECT list_filter(events, lambda x, i: i = 1 OR x.s != events[i - 1].s) AS v FROM per_case)
        SELECT list_transform(v, lambda x: x.s) AS path, list_transform(v, lambda x, i: v[i + 1].t - x.t) AS micros
        FROM visits""");
    query("SELECT count(*) FROM paths", rs -> cases[0] = rs.getLong(1));
    execute("CREATE OR REPLACE TEMP TABLE variants AS SELECT path, count(*) AS n FROM paths WHERE len(path) > 0 GROUP BY path");
    String names = "(SELECT list(stage ORDER BY no) FROM stages)";
    List<Observations.TransitionCount> transitions = new ArrayList<>();
    query("SELECT " + names + "[s] AS stage, coalesce(" + names + "[t], '" + Observations.END + "') AS target,"
        + " CAST(sum(n) AS BIGINT) FROM (SELECT unnest(path) AS s, unnest(list_append(path[2:], NULL)) AS t, n FROM variants)"
        + " GROUP BY stage, target ORDER BY stage, target",
        rs -> transitions.add(new Observations.TransitionCount(rs.getString(1), rs.getString(2), rs.getLong(3))));
    List<Observations.StageTimes> stages = new ArrayList<>();
    query("""
        WITH times AS (
          SELECT s, count(*) AS visits, count(m) AS timed,
            quantile_cont(m / 1e6, 0.5) AS median, quantile_cont(m / 1e6, 0.9) AS p90
          FROM (SELECT unnest(path) AS s, unnest(micros) AS m FROM paths) GROUP BY s),
        reach AS (
          SELECT s, CAST(sum(n) AS BIGINT) AS cases FROM (SELECT unnest(list_distinct(path)) AS s, n FROM variants) GROUP BY s)
        SELECT stages.stage, visits, cases, timed, median, p90
        FROM times JOIN reach USING (s) JOIN stages ON stages.no = times.s ORDER BY stages.stage""",
        rs -> stages.add(new Observations.StageTimes(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            optional(rs, 5), optional(rs, 6))));
    List<Observations.Variant> variants = new ArrayList<>();
    query("SELECT array_to_string(list_transform(path, lambda x: names[x]), ' > ') AS p, n"
        + " FROM variants, (SELECT " + names + " AS names) ORDER BY n DESC, p",
        rs -> variants.add(new Observations.Variant(Arrays.asList(rs.getString(1).split(" > ")), rs.getLong(2))));
    execute("DROP TABLE paths");
    execute("DROP TABLE variants");
    List<Observations.ActivityCount> unmapped = new ArrayList<>();
    query("SELECT activity, n FROM activity_counts ANTI JOIN mapping USING (activity) ORDER BY n DESC, activity",
        rs -> unmapped.add(new Observations.ActivityCount(rs.getString(1), rs.getLong(2))));
    return new Observations(events, cases[0], first, last, transitions, stages, variants, unmapped);
  }

  /**
   * Reads the log into the table {@code events (case_id, activity, happened)} and its counts per
   * activity into {@code activity_counts}, checking the columns, the timestamps and that there is at
   * least one event; nothing when that log, unchanged, is already there.
   */
  private void load(EventLog log) {
    String identity = identity(log);
    if (identity != null && identity.equals(loaded)) {
      return;
    }
    loaded = null;
    String source = source(log);
    Map<String, String> found = describe(log, source);
    Columns c = log.columns();
    List<String[]> columns = new ArrayList<>(List.of(new String[] {c.caseId(), "--case-column"},
        new String[] {c.activity(), "--activity-column"}, new String[] {c.timestamp(), "--timestamp-column"}));
    if (log.segment() != null) {
      columns.add(new String[] {c.segment(), "--segment-column"});
    }
    for (String[] needed : columns) {
      if (!found.containsKey(needed[0])) {
        throw new EventLogException("the event log " + log.location() + " has no column '" + needed[0]
            + "'; its columns are: " + String.join(", ", found.keySet()) + " (name the right one with " + needed[1] + ")");
      }
    }
    // A timestamp column the file already types as an instant or a zoneless time (UTC) needs no text
    // round trip; anything else is read as text, so that each file format gives the same instants.
    String stamp = quote(c.timestamp());
    // The cast is strict: a timestamp that does not parse fails the read (DuckDB 2.0 pushes even a
    // try_cast into its CSV reader as a strict one), and then the slow path finds the row to name.
    String happened = ZONED_OR_PLAIN.contains(found.get(c.timestamp()))
        ? "CAST(" + stamp + " AS TIMESTAMPTZ)" : "CAST(CAST(" + stamp + " AS VARCHAR) AS TIMESTAMPTZ)";
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE events AS SELECT CAST(" + quote(c.caseId()) + " AS VARCHAR) AS case_id, CAST("
          + quote(c.activity()) + " AS VARCHAR) AS activity, " + happened + " AS happened FROM " + source
          + segmentFilter(log, source));
    } catch (SQLException e) {
      reportBadRow(log, source);
      throw failure(e);
    }
    // One pass over the events: counts and time span per activity, and the rows a check refuses.
    execute("CREATE OR REPLACE TEMP TABLE activity_counts AS SELECT activity, count(*) AS n,"
        + " count(*) FILTER (WHERE happened IS NULL OR case_id IS NULL) AS bad, min(happened) AS first, max(happened) AS last"
        + " FROM events GROUP BY activity");
    long[] count = new long[2];
    OffsetDateTime[] span = new OffsetDateTime[2];
    query("SELECT CAST(coalesce(sum(n), 0) AS BIGINT), CAST(coalesce(sum(bad), 0) AS BIGINT) + count(*) FILTER (WHERE activity IS NULL),"
        + " min(first), max(last) FROM activity_counts", rs -> {
          count[0] = rs.getLong(1);
          count[1] = rs.getLong(2);
          span[0] = rs.getObject(3, OffsetDateTime.class);
          span[1] = rs.getObject(4, OffsetDateTime.class);
        });
    if (count[1] > 0) {
      reportBadRow(log, source);
      throw new EventLogException("the event log " + log.location() + " holds a row without a case, activity or timestamp");
    }
    if (count[0] == 0) {
      throw new EventLogException(log.segment() != null
          ? "the event log " + log.location() + " holds no case of segment '" + log.segment() + "'"
          : "the event log " + log.location() + " holds no events; export some rows below the header");
    }
    events = count[0];
    first = span[0].toInstant();
    last = span[1].toInstant();
    loaded = identity;
  }

  /** The columns of the log and their DuckDB types, in file order. */
  private Map<String, String> describe(EventLog log, String source) {
    Map<String, String> found = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        found.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new EventLogException("cannot read the event log " + log.location() + ": " + firstLine(e), e);
    }
    return found;
  }

  /** The WHERE that keeps the cases of the log's segment (a second scan of the file), or nothing. */
  private static String segmentFilter(EventLog log, String source) {
    if (log.segment() == null) {
      return "";
    }
    Columns c = log.columns();
    return " WHERE CAST(" + quote(c.caseId()) + " AS VARCHAR) IN (SELECT CAST(" + quote(c.caseId()) + " AS VARCHAR) FROM "
        + source + " WHERE CAST(" + quote(c.segment()) + " AS VARCHAR) = '" + log.segment().replace("'", "''") + "')";
  }

  private static final java.util.Set<String> ZONED_OR_PLAIN = java.util.Set.of("TIMESTAMP WITH TIME ZONE", "TIMESTAMP");

  /**
   * Throws the message naming the first bad row of the log (1-based, not counting a header), if it
   * has one: only then are rows numbered, in file order, which costs another read.
   */
  private void reportBadRow(EventLog log, String source) {
    Columns c = log.columns();
    execute("SET preserve_insertion_order = true");
    try {
      query("SELECT row, stamp FROM (SELECT row_number() OVER () AS row, CAST(" + quote(c.caseId()) + " AS VARCHAR) AS case_id, "
          + "CAST(" + quote(c.activity()) + " AS VARCHAR) AS activity, CAST(" + quote(c.timestamp()) + " AS VARCHAR) AS stamp FROM "
          + source + ") WHERE try_cast(stamp AS TIMESTAMPTZ) IS NULL OR case_id IS NULL OR activity IS NULL ORDER BY row LIMIT 1",
          rs -> {
            throw new EventLogException("the event log " + log.location() + ", row " + rs.getLong(1) + " (not counting a header): "
                + (rs.getString(2) == null ? "a case, activity or timestamp is empty"
                    : "timestamp '" + rs.getString(2) + "' is not ISO 8601")
                + "; write timestamps such as 2026-09-01T10:15:00Z or 2026-09-01 10:15:00 (UTC)");
          });
    } finally {
      execute("SET preserve_insertion_order = false");
    }
  }

  /**
   * What makes a loaded log the same one again: its description, and for a local file its size and
   * modification time (so that a file rewritten between two calls is read again); null, never
   * reused, for a location that is not a local file.
   */
  private static String identity(EventLog log) {
    try {
      Path file = Path.of(log.location());
      if (!java.nio.file.Files.isRegularFile(file)) {
        return null;
      }
      return log + "|" + java.nio.file.Files.size(file) + "|" + java.nio.file.Files.getLastModifiedTime(file).toMillis();
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** The table function that reads the log, as SQL. */
  static String source(EventLog log) {
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
