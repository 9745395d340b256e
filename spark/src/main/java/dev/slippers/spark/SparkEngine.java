package dev.slippers.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The calibration's computation as a Spark job: from an event log to {@link SparkObservations}.
 *
 * <p>The steps, each one Spark SQL over the whole log, the driver seeing only small results:
 * <ol>
 *   <li>read the log (CSV with a header, all columns as text; Parquet; JSON lines) and keep the
 *       three needed columns, with the file order as a tie-breaker ({@code monotonically_increasing_id}
 *       grows with the position in a file);
 *   <li>parse timestamps in UTC ({@code try_cast}: ISO 8601 with {@code T} or a space, with or
 *       without a zone offset); the first unparsable one is named with its case;
 *   <li>map activities to stages on the driver (a log has few distinct activities) and join the
 *       mapping as a broadcast table;
 *   <li>per case, ordered by timestamp: {@code lag} marks where the stage changes (a visit starts),
 *       {@code lead} gives each visit its successor and the seconds until it starts;
 *   <li>group: transitions by {@code (from, to)}, stages with exact {@code percentile} (linear
 *       interpolation between the nearest ranks, DuckDB's {@code quantile_cont}), variants by the
 *       ordered sequence of a case's visits.
 * </ol>
 * The visits are cached, as four aggregations read them. Cost: one shuffle by case plus small
 * aggregations; memory per executor is bounded by Spark's spilling sort, not by the log.
 */
public final class SparkEngine {

  private static final String EVENTS = "slippers_events";
  private static final String VISITS = "slippers_visits";

  private final SparkSession spark;

  public SparkEngine(SparkSession spark) {
    this.spark = spark;
    spark.conf().set("spark.sql.session.timeZone", "UTC");
  }

  /** An engine on the active session, or on a new local one (see {@link SparkSessions}). */
  public static SparkEngine local() {
    return new SparkEngine(SparkSessions.activeOrLocal());
  }

  /**
   * Observes a log.
   *
   * @param log     where it is and its columns
   * @param mapping an activity's stage, empty when the activity maps nowhere
   * @throws IllegalArgumentException for a missing column or an unparsable timestamp, with a message
   *                                  for the user
   */
  public SparkObservations observe(SparkEventLog log, Function<String, Optional<String>> mapping) {
    Dataset<Row> raw = read(log);
    requireColumns(log, raw);
    Dataset<Row> events = raw.select(
        col(quoted(log.caseColumn())).cast(DataTypes.StringType).as("case_id"),
        col(quoted(log.activityColumn())).cast(DataTypes.StringType).as("activity"),
        col(quoted(log.timestampColumn())).as("ts_text"),
        timestamp(log.timestampColumn()).as("ts"),
        monotonically_increasing_id().as("seq"));
    events.createOrReplaceTempView("slippers_raw");
    try {
      checkTimestamps(log, events);
      Dataset<Row> stages = stageTable(events, mapping);
      events.join(broadcast(stages), "activity", "left").createOrReplaceTempView(EVENTS);
      Dataset<Row> visits = spark.sql("with flagged as (select case_id, stage, ts, seq, "
          + "lag(stage) over (partition by case_id order by ts, seq) as previous "
          + "from " + EVENTS + " where stage is not null) "
          + "select case_id, stage, lead(stage) over w as next_stage, "
          + "(unix_micros(lead(ts) over w) - unix_micros(ts)) / 1000000.0 as seconds, "
          + "row_number() over w as visit "
          + "from flagged where previous is null or previous <> stage "
          + "window w as (partition by case_id order by ts, seq)").cache();
      visits.createOrReplaceTempView(VISITS);
      try {
        Row totals = spark.sql("select count(*), min(ts), max(ts) from " + EVENTS).first();
        return new SparkObservations(transitions(), stageFigures(), variants(), countCases(),
            totals.getLong(0), instant(totals, 1), instant(totals, 2), unmapped());
      } finally {
        visits.unpersist();
      }
    } finally {
      spark.catalog().dropTempView("slippers_raw");
      spark.catalog().dropTempView(EVENTS);
      spark.catalog().dropTempView(VISITS);
    }
  }

  private Dataset<Row> read(SparkEventLog log) {
    return switch (log.format()) {
      // Every column as text: the timestamps are parsed below, and a case id of digits stays as written.
      case "csv" -> spark.read().option("header", "true").option("inferSchema", "false").csv(log.path());
      case "parquet" -> spark.read().parquet(log.path());
      default -> spark.read().json(log.path());
    };
  }

  private static void requireColumns(SparkEventLog log, Dataset<Row> raw) {
    List<String> found = Arrays.asList(raw.columns());
    String[][] needed = {{log.caseColumn(), "--case-column"}, {log.activityColumn(), "--activity-column"},
        {log.timestampColumn(), "--timestamp-column"}};
    for (String[] column : needed) {
      if (!found.contains(column[0])) {
        throw new IllegalArgumentException(log.path() + ": no column '" + column[0] + "'; the columns are "
            + String.join(", ", found) + "; name the right one with " + column[1]);
      }
    }
  }

  /** A timestamp column read in UTC: text parsed (ISO 8601, zone optional), a typed one cast. */
  private static org.apache.spark.sql.Column timestamp(String name) {
    return expr("try_cast(" + quoted(name) + " as timestamp)");
  }

  private void checkTimestamps(SparkEventLog log, Dataset<Row> events) {
    List<Row> bad = events.where("ts is null").limit(1).collectAsList();
    if (!bad.isEmpty()) {
      Row row = bad.get(0);
      String text = row.isNullAt(2) ? "(empty)" : "'" + row.get(2) + "'";
      throw new IllegalArgumentException(log.path() + ": timestamp " + text + " of case " + row.getString(0)
          + " (activity " + row.getString(1) + ") is not an ISO 8601 date and time; write it like "
          + "2026-09-01T10:15:00Z, or without the zone for UTC");
    }
  }

  /** The log's distinct activities and their stages, mapped here on the driver. */
  private Dataset<Row> stageTable(Dataset<Row> events, Function<String, Optional<String>> mapping) {
    List<Row> rows = new ArrayList<>();
    for (Row row : events.select("activity").where("activity is not null").distinct().collectAsList()) {
      String activity = row.getString(0);
      mapping.apply(activity).ifPresent(stage -> rows.add(RowFactory.create(activity, stage)));
    }
    StructType schema = new StructType().add("activity", DataTypes.StringType).add("stage", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  private Map<String, Map<String, Long>> transitions() {
    Map<String, Map<String, Long>> transitions = new TreeMap<>();
    for (Row row : spark.sql("select stage, coalesce(next_stage, '" + SparkObservations.END + "'), count(*) from "
        + VISITS + " group by 1, 2").collectAsList()) {
      transitions.computeIfAbsent(row.getString(0), from -> new TreeMap<>()).put(row.getString(1), row.getLong(2));
    }
    return transitions;
  }

  private Map<String, SparkObservations.StageFigures> stageFigures() {
    Map<String, SparkObservations.StageFigures> stages = new TreeMap<>();
    for (Row row : spark.sql("select stage, count(*), count(distinct case_id), percentile(seconds, 0.5), "
        + "percentile(seconds, 0.9) from " + VISITS + " group by stage").collectAsList()) {
      stages.put(row.getString(0), new SparkObservations.StageFigures(row.getLong(1), row.getLong(2),
          optionalDouble(row, 3), optionalDouble(row, 4)));
    }
    return stages;
  }

  private List<SparkObservations.Variant> variants() {
    List<SparkObservations.Variant> variants = new ArrayList<>();
    for (Row row : spark.sql("select sequence, count(*) as cases from (select case_id, "
        + "transform(array_sort(collect_list(struct(visit, stage))), v -> v.stage) as sequence from " + VISITS
        + " group by case_id) group by sequence "
        + "order by cases desc, array_join(sequence, char(31))").collectAsList()) {
      variants.add(new SparkObservations.Variant(List.copyOf(row.getList(0)), row.getLong(1)));
    }
    return variants;
  }

  private long countCases() {
    return spark.sql("select count(distinct case_id) from " + VISITS).first().getLong(0);
  }

  private Map<String, Long> unmapped() {
    Map<String, Long> unmapped = new TreeMap<>();
    for (Row row : spark.sql("select coalesce(activity, ''), count(*) from " + EVENTS
        + " where stage is null group by 1").collectAsList()) {
      unmapped.put(row.getString(0), row.getLong(1));
    }
    return unmapped;
  }

  private static Optional<java.time.Instant> instant(Row row, int index) {
    return row.isNullAt(index) ? Optional.empty() : Optional.of(((Timestamp) row.get(index)).toInstant());
  }

  private static Optional<Double> optionalDouble(Row row, int index) {
    return row.isNullAt(index) ? Optional.empty() : Optional.of(row.getDouble(index));
  }

  /** A column name as Spark SQL reads it, whatever characters it has. */
  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
