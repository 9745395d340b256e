package dev.slippers.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Columns;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.EventLogEngine;
import dev.slippers.evidence.EventLogException;
import dev.slippers.evidence.Observations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The computation of {@link EventLogEngine} as a Spark job, for logs that outgrow one machine: the
 * same steps as the DuckDB engine, in Spark SQL over the whole log, the driver seeing only small
 * results.
 *
 * <ol>
 *   <li>read the log (CSV with a header, all columns as text; Parquet; JSON lines) and keep the
 *       three needed columns, each row with {@code monotonically_increasing_id} (it grows with the
 *       position in a file), used only to name the first bad row;
 *   <li>parse timestamps in UTC ({@code try_cast}: ISO 8601 with {@code T} or a space, with or
 *       without a zone offset);
 *   <li>join the mapping (resolved in Java, a row per activity) as a broadcast table;
 *   <li>per case, ordered by timestamp, then activity, then stage: {@code lag} marks where the stage
 *       changes (a visit starts), {@code lead} gives each visit its successor and the seconds until
 *       it starts;
 *   <li>group: transitions by {@code (from, to)}, stages with exact {@code percentile} (linear
 *       interpolation between the nearest ranks, DuckDB's {@code quantile_cont}), variants by the
 *       ordered sequence of a case's visits.
 * </ol>
 * The events and the visits are cached, as several aggregations read them. Cost: one shuffle by
 * case plus small aggregations; memory per executor is bounded by Spark's spilling sort, not by the
 * log.
 */
public final class SparkEngine implements EventLogEngine {

  private static final String EVENTS = "slippers_events";
  private static final String VISITS = "slippers_visits";

  private final SparkSession spark;
  private final boolean owned;

  /** An engine on a session someone else started and stops (a test's, {@code spark-submit}'s). */
  public SparkEngine(SparkSession spark) {
    this(spark, false);
  }

  private SparkEngine(SparkSession spark, boolean owned) {
    this.spark = spark;
    this.owned = owned;
    spark.conf().set("spark.sql.session.timeZone", "UTC");
  }

  /**
   * An engine on the active session, or on a new local one (see {@link SparkSessions}) which
   * {@link #close()} then stops.
   */
  public static SparkEngine local() {
    boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
    return new SparkEngine(SparkSessions.activeOrLocal(), !running);
  }

  /** The session the engine runs in (for its Hadoop configuration, say). */
  public SparkSession session() {
    return spark;
  }

  @Override
  public Map<String, Long> activities(EventLog log) {
    Dataset<Row> events = load(log, false);
    Map<String, Long> result = new TreeMap<>();
    for (Row row : events.groupBy("activity").count().collectAsList()) {
      result.put(row.getString(0), row.getLong(1));
    }
    return result;
  }

  @Override
  public Map<String, Long> segments(EventLog log) {
    Dataset<Row> raw;
    try {
      raw = read(log);
    } catch (Exception e) { // Spark's AnalysisException is a checked exception Java does not see
      throw new EventLogException("cannot read the event log " + log.location() + ": " + firstLine(e), e);
    }
    Columns c = log.columns();
    Map<String, Long> result = new TreeMap<>();
    if (c.segment() == null || !Arrays.asList(raw.columns()).contains(c.segment())) {
      return result;
    }
    for (Row row : raw.select(col(quoted(c.segment())).cast(DataTypes.StringType).as("s"),
        col(quoted(c.caseId())).cast(DataTypes.StringType).as("case_id")).where("s is not null")
        .groupBy("s").agg(expr("count(distinct case_id)")).collectAsList()) {
      result.put(row.getString(0), row.getLong(1));
    }
    return result;
  }

  @Override
  public Observations observe(EventLog log, ActivityMapping mapping) {
    Dataset<Row> events = load(log, true);
    List<Row> pairs = new ArrayList<>();
    mapping.stageOf().forEach((activity, stage) -> pairs.add(RowFactory.create(activity, stage)));
    StructType schema = new StructType().add("activity", DataTypes.StringType).add("stage", DataTypes.StringType);
    Dataset<Row> stages = spark.createDataFrame(pairs, schema);
    Dataset<Row> joined = events.join(broadcast(stages), "activity", "left").cache();
    joined.createOrReplaceTempView(EVENTS);
    Dataset<Row> visits = spark.sql("with flagged as (select case_id, stage, ts, activity, "
        + "lag(stage) over (partition by case_id order by ts, activity, stage) as previous "
        + "from " + EVENTS + " where stage is not null), "
        + "starts as (select * from flagged where previous is null or previous <> stage) "
        + "select case_id, stage, lead(stage) over w as next_stage, "
        + "(unix_micros(lead(ts) over w) - unix_micros(ts)) / 1e6 as seconds, "
        + "row_number() over w as visit "
        + "from starts window w as (partition by case_id order by ts, activity, stage)").cache();
    visits.createOrReplaceTempView(VISITS);
    try {
      Row totals = spark.sql("select count(*), count(distinct case_id), min(ts), max(ts) from " + EVENTS).first();
      return new Observations(totals.getLong(0), totals.getLong(1), instant(totals, 2), instant(totals, 3),
          transitions(), stageTimes(), variants(), unmapped());
    } finally {
      visits.unpersist();
      joined.unpersist();
      spark.catalog().dropTempView(EVENTS);
      spark.catalog().dropTempView(VISITS);
    }
  }

  /**
   * The log as {@code (case_id, activity, ts, row)}, after the checks of the DuckDB engine, with the
   * same messages: the needed columns, the timestamps and empty cells (when {@code timed}), at least
   * one event.
   */
  private Dataset<Row> load(EventLog log, boolean timed) {
    Dataset<Row> raw;
    try {
      raw = read(log);
    } catch (Exception e) { // Spark's AnalysisException (no such path, say) is a checked exception Java does not see
      throw new EventLogException("cannot read the event log " + log.location() + ": " + firstLine(e), e);
    }
    List<String> found = Arrays.asList(raw.columns());
    Columns c = log.columns();
    String[][] needed = log.segment() == null
        ? new String[][] {{c.caseId(), "--case-column"}, {c.activity(), "--activity-column"}, {c.timestamp(), "--timestamp-column"}}
        : new String[][] {{c.caseId(), "--case-column"}, {c.activity(), "--activity-column"}, {c.timestamp(), "--timestamp-column"},
            {c.segment(), "--segment-column"}};
    for (String[] column : needed) {
      if (!found.contains(column[0])) {
        throw new EventLogException("the event log " + log.location() + " has no column '" + column[0]
            + "'; its columns are: " + String.join(", ", found) + " (name the right one with " + column[1] + ")");
      }
    }
    // Each row's place in the file, taken before a segment keeps some of them, so that a bad row is
    // numbered in the whole file, as DuckDB numbers it.
    raw = raw.withColumn("slippers_seq", monotonically_increasing_id());
    Dataset<Row> everyRow = raw;
    if (log.segment() != null) {
      // The cases with an event of the segment, every event of theirs (a semi join, as DuckDB's IN).
      Dataset<Row> members = raw.where(col(quoted(c.segment())).cast(DataTypes.StringType).equalTo(log.segment()))
          .select(col(quoted(c.caseId())).cast(DataTypes.StringType).as("slippers_member")).distinct();
      raw = raw.join(members, col(quoted(c.caseId())).cast(DataTypes.StringType).equalTo(col("slippers_member")), "left_semi");
    }
    Dataset<Row> events = raw.select(
        col(quoted(c.caseId())).cast(DataTypes.StringType).as("case_id"),
        col(quoted(c.activity())).cast(DataTypes.StringType).as("activity"),
        col(quoted(c.timestamp())).cast(DataTypes.StringType).as("stamp"),
        expr("try_cast(" + quoted(c.timestamp()) + " as timestamp)").as("ts"),
        col("slippers_seq").as("seq"));
    if (timed) {
      List<Row> bad = events.where("ts is null or case_id is null or activity is null")
          .orderBy("seq").limit(1).collectAsList();
      if (!bad.isEmpty()) {
        // The row's number, counted from 1 without the header: the rows read before it, plus one.
        long row = everyRow.where(col("slippers_seq").lt(bad.get(0).getLong(4))).count() + 1;
        String stamp = bad.get(0).getString(2);
        throw new EventLogException("the event log " + log.location() + ", row " + row + " (not counting a header): "
            + (stamp == null || bad.get(0).isNullAt(0) || bad.get(0).isNullAt(1)
                ? "a case, activity or timestamp is empty" : "timestamp '" + stamp + "' is not ISO 8601")
            + "; write timestamps such as 2026-09-01T10:15:00Z or 2026-09-01 10:15:00 (UTC)");
      }
    }
    if (events.isEmpty()) {
      throw new EventLogException(log.segment() != null
          ? "the event log " + log.location() + " holds no case of segment '" + log.segment() + "'"
          : "the event log " + log.location() + " holds no events; export some rows below the header");
    }
    return events.select("case_id", "activity", "ts");
  }

  private Dataset<Row> read(EventLog log) {
    return switch (log.format()) {
      // Every column as text, as DuckDB's all_varchar: a case id of digits stays as written.
      case CSV -> spark.read().option("header", "true").option("inferSchema", "false").csv(log.location());
      case PARQUET -> spark.read().parquet(log.location());
      case JSON_LINES -> spark.read().json(log.location());
    };
  }

  private List<Observations.TransitionCount> transitions() {
    List<Observations.TransitionCount> transitions = new ArrayList<>();
    for (Row row : spark.sql("select stage, coalesce(next_stage, '" + Observations.END + "') as target, count(*) from "
        + VISITS + " group by stage, target order by stage, target").collectAsList()) {
      transitions.add(new Observations.TransitionCount(row.getString(0), row.getString(1), row.getLong(2)));
    }
    return transitions;
  }

  private List<Observations.StageTimes> stageTimes() {
    List<Observations.StageTimes> stages = new ArrayList<>();
    for (Row row : spark.sql("select stage, count(*), count(distinct case_id), count(seconds), "
        + "percentile(seconds, 0.5), percentile(seconds, 0.9) from " + VISITS + " group by stage order by stage")
        .collectAsList()) {
      stages.add(new Observations.StageTimes(row.getString(0), row.getLong(1), row.getLong(2), row.getLong(3),
          optional(row, 4), optional(row, 5)));
    }
    return stages;
  }

  private List<Observations.Variant> variants() {
    List<Observations.Variant> variants = new ArrayList<>();
    for (Row row : spark.sql("select sequence, count(*) as cases from (select case_id, "
        + "transform(array_sort(collect_list(struct(visit, stage))), v -> v.stage) as sequence from " + VISITS
        + " group by case_id) group by sequence "
        + "order by cases desc, array_join(sequence, ' > ')").collectAsList()) {
      variants.add(new Observations.Variant(row.getList(0), row.getLong(1)));
    }
    return variants;
  }

  private List<Observations.ActivityCount> unmapped() {
    List<Observations.ActivityCount> unmapped = new ArrayList<>();
    for (Row row : spark.sql("select activity, count(*) as n from " + EVENTS
        + " where stage is null group by activity order by n desc, activity").collectAsList()) {
      unmapped.add(new Observations.ActivityCount(row.getString(0), row.getLong(1)));
    }
    return unmapped;
  }

  private static Instant instant(Row row, int index) {
    return ((Timestamp) row.get(index)).toInstant();
  }

  private static OptionalDouble optional(Row row, int index) {
    return row.isNullAt(index) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(index));
  }

  /** A column name as Spark SQL reads it, whatever characters it has. */
  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Stops the session when this engine started it; a session that was running before stays. */
  @Override
  public void close() {
    if (owned) {
      spark.stop();
    }
  }
}
