package dev.slippers.evidence;

/**
 * The names of an event log's columns. Only case, activity and timestamp are needed; channel and
 * segment are read when present.
 *
 * @param caseId    one customer's journey
 * @param activity  what happened, mapped to a stage by {@link ActivityMapping}
 * @param timestamp when: ISO 8601, with or without a zone (UTC when absent)
 * @param channel   optional
 * @param segment   optional (a persona)
 */
public record Columns(String caseId, String activity, String timestamp, String channel, String segment) {

  /** {@code case_id}, {@code activity}, {@code timestamp}, {@code channel}, {@code segment}. */
  public static final Columns DEFAULT = new Columns("case_id", "activity", "timestamp", "channel", "segment");
}
