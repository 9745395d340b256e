package dev.slippers.analysis.uncertainty;

import java.util.List;
import java.util.Optional;

/**
 * What the posterior draws give: 95% intervals and how often each fix comes out on top.
 *
 * @param samples        journeys drawn
 * @param seed           the seed of the draws: the same seed gives the same figures
 * @param success        interval of the probability of ending in {@code success}
 * @param valuePerPeriod interval of the expected value per period; empty without economics
 * @param painPoints     per pain point, in file order
 * @param measuredStages stages whose exits come from counts, in file order
 * @param assumedStages  stages with transitions whose shares are designed (no counts), in file order
 */
public record Uncertainty(int samples, long seed, Interval success, Optional<Interval> valuePerPeriod,
    List<PainUncertainty> painPoints, List<String> measuredStages, List<String> assumedStages) {

  public Uncertainty {
    painPoints = List.copyOf(painPoints);
    measuredStages = List.copyOf(measuredStages);
    assumedStages = List.copyOf(assumedStages);
  }

  /** True when at least one stage's exits come from counts. */
  public boolean measured() {
    return !measuredStages.isEmpty();
  }

  public Optional<PainUncertainty> pain(String painPointId) {
    return painPoints.stream().filter(p -> p.painPointId().equals(painPointId)).findFirst();
  }
}
