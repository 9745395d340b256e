package dev.slippers.analysis.uncertainty;

import java.util.List;
import java.util.OptionalLong;

/**
 * What was observed leaving one stage.
 *
 * @param stageId     the stage
 * @param transitions observed departures along each of the stage's transitions, in the order of
 *                    {@link dev.slippers.model.Journey#outgoing(String)}; one count per transition
 * @param departures  observed departures in total, when known: the part no transition accounts for
 *                    ({@code departures − Σ transitions}) was lost. Empty: the counts say nothing
 *                    about loss, so the designed drop-off is kept
 */
public record ExitCounts(String stageId, List<Long> transitions, OptionalLong departures) {

  public ExitCounts {
    transitions = List.copyOf(transitions);
    for (long count : transitions) {
      if (count < 0) {
        throw new IllegalArgumentException("stage " + stageId + ": a transition count is negative (" + count + ")");
      }
    }
    long sum = transitions.stream().mapToLong(Long::longValue).sum();
    if (departures.isPresent() && departures.getAsLong() < sum) {
      throw new IllegalArgumentException("stage " + stageId + ": departures " + departures.getAsLong()
          + " is less than the " + sum + " its transitions count; departures counts every customer leaving the stage");
    }
  }

  /** Observed departures lost (no transition taken): {@code departures − Σ transitions}, 0 without departures. */
  public long lost() {
    return departures.isPresent() ? departures.getAsLong() - transitions.stream().mapToLong(Long::longValue).sum() : 0;
  }
}
