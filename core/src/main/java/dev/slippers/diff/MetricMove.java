package dev.slippers.diff;

/**
 * A metric that crossed its target between the versions: it met the target before and misses it
 * now (a regression), or the other way round.
 *
 * @param stageId   where it is measured
 * @param metricKey the metric's key
 * @param before    the old value, in canonical units
 * @param after     the new value, in canonical units
 * @param target    the target in the new version, in canonical units
 * @param nowMet    true when the new value meets the target (an improvement)
 */
public record MetricMove(String stageId, String metricKey, double before, double after, double target, boolean nowMet) {}
