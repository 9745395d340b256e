package dev.slippers.analysis;

import java.util.List;

/**
 * One entry-to-outcome path through the stage graph.
 *
 * @param stages      stage ids from the entry to the outcome stage (or to the stage where the
 *                    customer is lost)
 * @param outcome     the outcome it ends in, {@value JourneyAnalysis#LOST} for drop-off
 * @param probability product of the transition shares along it
 * @param friction    sum of the friction of its stages
 */
public record JourneyPath(List<String> stages, String outcome, double probability, double friction) {

  public JourneyPath {
    stages = List.copyOf(stages);
  }
}
