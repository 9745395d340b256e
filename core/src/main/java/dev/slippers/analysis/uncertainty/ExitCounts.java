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

  /**
   * The counts a journey carries: one entry per non-outcome stage whose every transition has a
   * {@code count}, in file order. A stage where only some transitions are counted is left out (it
   * stays assumed): the missing counts cannot be told from zero.
   */
  public static List<ExitCounts> of(dev.slippers.model.Journey journey) {
    java.util.Map<String, List<dev.slippers.model.Transition>> leaving = journey.outgoingByStage();
    List<ExitCounts> found = new java.util.ArrayList<>();
    for (dev.slippers.model.Stage stage : journey.stagesById().values()) {
      List<dev.slippers.model.Transition> out = leaving.getOrDefault(stage.id(), List.of());
      if (stage.isOutcome() || out.isEmpty() || out.stream().anyMatch(t -> t.count().isEmpty())) {
        continue;
      }
      found.add(new ExitCounts(stage.id(), out.stream().map(t -> t.count().getAsLong()).toList(), stage.departures()));
    }
    return found;
  }

  /** True when any stage of the journey carries counts. */
  public static boolean any(dev.slippers.model.Journey journey) {
    return !of(journey).isEmpty();
  }
}
