package dev.slippers.analysis;

import java.util.List;

/**
 * A cycle of stages customers can go round, such as a repeat contact.
 *
 * @param stages           stage ids around the cycle, starting at its entry stage
 * @param returnProbability probability that a customer at the first stage comes back to it along
 *                          this cycle
 * @param expectedRounds   expected number of times a customer entering the journey goes round it
 */
public record Loop(List<String> stages, double returnProbability, double expectedRounds) {

  public Loop {
    stages = List.copyOf(stages);
  }
}
