package dev.slippers.diff;

import java.util.List;

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
    double successAfter) {

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

  /** True when total friction grew or the success probability fell: what {@code --fail-on-regression} gates on. */
  public boolean regressed() {
    return frictionGrew() || successFell();
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
