package dev.slippers.evidence;

import java.util.Map;

/**
 * Reads event logs and computes what customers did, as plain counts: the seam between the
 * journey-aware Java ({@code Calibration}) and the engine that scans the data (DuckDB embedded,
 * Apache Spark for scale). Two engines given the same log and mapping return equal
 * {@link Observations}, apart from the last bits of the times (see {@link Observations.StageTimes}).
 *
 * <p>The computation, which every engine follows exactly:
 * <ol>
 *   <li>Read the log; with {@link EventLog#segment} set, keep only the events of cases one of whose
 *       events has that value in the segment column (a log without the column fails, naming the
 *       columns it has). A row whose timestamp is not ISO 8601 fails the whole read, naming the row
 *       (1-based data row, not counting a CSV header). A timestamp without a zone is UTC.</li>
 *   <li>Map each event's activity through {@link ActivityMapping}; events of unmapped activities
 *       are counted per activity ({@link Observations#unmapped}) and dropped.</li>
 *   <li>Order each case's mapped events by timestamp, ties by activity name then stage id.</li>
 *   <li>Collapse consecutive events of one stage into one <em>visit</em>; the visit starts at its
 *       first event.</li>
 *   <li>Every visit is a <em>departure</em> from its stage: towards the next visit's stage, or
 *       towards {@link Observations#END} when it is the case's last visit (so a stage's departures
 *       equal its visits, and the departures towards END at a non-outcome stage are drop-off).</li>
 *   <li>A visit's <em>duration</em> is the time from its start to the next visit's start; the last
 *       visit of a case has none.</li>
 *   <li>A case's <em>variant</em> is its sequence of visited stages.</li>
 * </ol>
 *
 * <p>Implementations are opened by {@link EventLogEngines} and closed after use; one engine may
 * serve several calls. Not required to be thread-safe.
 */
public interface EventLogEngine extends AutoCloseable {

  /**
   * Every distinct activity of the log with its number of events, sorted by name: what the mapping
   * is resolved against.
   *
   * @throws EventLogException when the log cannot be read, lacks a needed column or is empty
   */
  Map<String, Long> activities(EventLog log);

  /**
   * The cases of each value of the log's segment column (a case counts under every value its events
   * carry), sorted by value; empty when the log has no such column. The whole log, whatever its
   * {@link EventLog#segment}.
   *
   * @throws EventLogException when the log cannot be read
   */
  Map<String, Long> segments(EventLog log);

  /**
   * The observations of a log under a mapping, as described in the class comment.
   *
   * @throws EventLogException when the log cannot be read, lacks a needed column, holds an
   *                           unparsable timestamp or is empty
   */
  Observations observe(EventLog log, ActivityMapping mapping);

  /** Releases the engine's resources (connections, sessions); never throws a checked exception. */
  @Override
  void close();
}
