package dev.slippers.diff;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Everything that differs between an old and a new version of a journey.
 *
 * @param oldId           the old journey's id
 * @param newId           the new journey's id
 * @param changes         structural changes: by element sort, then removed, changed, added, then in
 *                        the order of the version that has the element
 * @param stages          friction per stage of either version: the old version's stages in file
 *                        order, then the new version's added ones
 * @param outcomes        outcome probabilities of either version, by outcome name in sorted order
 * @param metricMoves     metrics that crossed their targets, in the new version's file order
 * @param frictionBefore  the old journey's total friction ({@code JourneyAnalysis.totalFriction})
 * @param frictionAfter   the new journey's total friction
 * @param successBefore   the old success probability
 * @param successAfter    the new success probability
 * @param valueBefore     the old value per period, empty unless both versions have economics
 * @param valueAfter      the new value per period, empty unless both versions have economics
 * @param experienceBefore the old experience cost per entering customer, with {@code churnPenalty}
 * @param experienceAfter  the new experience cost per entering customer, with {@code churnPenalty}
 * @param churnPenalty    the churn penalty both experience figures use: the larger of the two
 *                        versions' own, so that the two are on one scale
 */
public record JourneyDiff(
    String oldId,
    String newId,
    List<Change> changes,
    List<StageDelta> stages,
    List<OutcomeDelta> outcomes,
    List<MetricMove> metricMoves,
    double frictionBefore,
    double frictionAfter,
    double successBefore,
    double successAfter,
    OptionalDouble valueBefore,
    OptionalDouble valueAfter,
    double experienceBefore,
    double experienceAfter,
    double churnPenalty) {

  /**
   * Differences below this are rounding, not change: the analysis sums floating-point products, and
   * a gate that trips on 1e-15 would fail builds for nothing.
   */
  public static final double TOLERANCE = 1e-9;

  public JourneyDiff {
    changes = List.copyOf(changes);
    stages = List.copyOf(stages);
    outcomes = List.copyOf(outcomes);
    metricMoves = List.copyOf(metricMoves);
  }

  /**
   * What {@code --fail-on-regression} gates on: the value per period fell (both versions with
   * economics), the success probability fell, or the experience cost per entering customer grew.
   * Total friction is not gated: it falls when customers leave early.
   */
  public boolean regressed() {
    return valueFell() || successFell() || experienceWorsened();
  }

  /** True when both versions have economics and the expected value per period fell. */
  public boolean valueFell() {
    if (valueBefore.isEmpty() || valueAfter.isEmpty()) {
      return false;
    }
    double before = valueBefore.getAsDouble();
    double after = valueAfter.getAsDouble();
    return before - after > TOLERANCE * Math.max(1, Math.max(Math.abs(before), Math.abs(after)));
  }

  public boolean experienceWorsened() {
    return experienceAfter - experienceBefore > TOLERANCE * Math.max(1, Math.abs(experienceBefore));
  }

  /** The reasons {@link #regressed()} is true, in words, e.g. "value per period fell"; empty when it is not. */
  public java.util.List<String> regressions() {
    java.util.List<String> reasons = new java.util.ArrayList<>();
    if (valueFell()) {
      reasons.add("value per period fell");
    }
    if (successFell()) {
      reasons.add("success probability fell");
    }
    if (experienceWorsened()) {
      reasons.add("experience worsened");
    }
    return reasons;
  }

  public boolean frictionGrew() {
    return frictionAfter - frictionBefore > TOLERANCE;
  }

  public boolean successFell() {
    return successBefore - successAfter > TOLERANCE;
  }

  /** Metrics that met their target before and miss it now. */
  public List<MetricMove> newlyBreached() {
    return metricMoves.stream().filter(m -> !m.nowMet()).toList();
  }

  /** The structural changes of one kind. */
  public List<Change> changes(Change.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }
}
