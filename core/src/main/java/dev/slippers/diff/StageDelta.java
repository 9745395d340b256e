package dev.slippers.diff;

import java.util.OptionalDouble;

/**
 * Friction of one stage before and after.
 *
 * @param stageId the stage
 * @param before  its friction in the old version, empty when the stage is new
 * @param after   its friction in the new version, empty when the stage was removed
 * @param weightedBefore friction x expected visits in the old version (0 when absent): its share of
 *                the journey's total friction
 * @param weightedAfter  the same in the new version
 */
public record StageDelta(String stageId, OptionalDouble before, OptionalDouble after, double weightedBefore,
    double weightedAfter) {

  /** Weighted friction after minus before: positive when the stage hurts more customers more. */
  public double change() {
    return weightedAfter - weightedBefore;
  }
}
