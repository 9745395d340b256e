package dev.slippers.analysis;

import java.util.List;

/**
 * Friction and flow at one stage.
 *
 * @param stageId          the stage
 * @param friction         the stage's friction score: the sum of its contributions
 * @param reachProbability probability that a customer entering the journey visits it at least once
 * @param expectedVisits   expected number of visits per customer entering (above 1 inside loops)
 * @param contributions    the terms of the score, largest first
 */
public record StageFriction(
    String stageId, double friction, double reachProbability, double expectedVisits, List<Contribution> contributions) {

  public StageFriction {
    contributions = List.copyOf(contributions);
  }
}
