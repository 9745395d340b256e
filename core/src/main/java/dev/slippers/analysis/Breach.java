package dev.slippers.analysis;

import dev.slippers.model.Better;

/**
 * A metric that misses its target.
 *
 * @param stageId     where it is measured
 * @param metricKey   the metric's key
 * @param value       the measured value, in canonical units
 * @param target      the target, in canonical units
 * @param gap         how far it falls short, in canonical units, always positive
 * @param relativeGap the gap as a share of the metric's scale (or of the target), for ranking
 * @param better      the good direction
 */
public record Breach(
    String stageId, String metricKey, double value, double target, double gap, double relativeGap, Better better) {}
