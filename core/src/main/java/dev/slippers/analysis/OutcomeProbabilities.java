package dev.slippers.analysis;

import dev.slippers.model.Journey;
import java.util.Map;

/**
 * The probability of ending in each outcome, and nothing else: the exact chain solution of
 * docs/analysis.md section 2 without friction, paths, loops or attribution. For callers that solve
 * many variants of one journey (the uncertainty analysis solves one per posterior draw and fix), so
 * that they need not pay for the whole {@link JourneyAnalyzer}. Cost: one stage graph and one flow
 * solve.
 */
public final class OutcomeProbabilities {

  private OutcomeProbabilities() {}

  /** Outcome name to probability, sorted by name, {@value JourneyAnalysis#LOST} included; they add up to 1. */
  public static Map<String, Double> of(Journey journey) {
    return java.util.Collections.unmodifiableMap(Flow.of(StageGraph.of(journey)).outcomes);
  }

  /** The pain points whose fix can move customers (they drive, or cause pains that drive), in file order. */
  public static java.util.Set<String> effectualPains(Journey journey) {
    return java.util.Collections.unmodifiableSet(PainFixes.effectual(journey));
  }
}
