package dev.slippers.analysis;

import java.util.List;

/**
 * Friction at one touchpoint (a part of its stage's friction).
 *
 * @param touchpointId  the touchpoint
 * @param stageId       its stage
 * @param friction      the sum of its contributions
 * @param contributions the terms of the score, largest first
 */
public record TouchpointFriction(String touchpointId, String stageId, double friction, List<Contribution> contributions) {

  public TouchpointFriction {
    contributions = List.copyOf(contributions);
  }
}
