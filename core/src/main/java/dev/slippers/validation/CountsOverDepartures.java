package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code counts.over-departures}: the observed counts of the transitions leaving a stage add up to
 * at most the stage's observed {@code departures}. Each count is a number of departures that took
 * the transition, so together they cannot exceed all departures; the difference left the journey
 * (lost). A stage without {@code departures} is not checked: its drop-off is simply unmeasured.
 * O(stages + transitions).
 */
final class CountsOverDepartures implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    Map<String, List<Transition>> leaving = index.outgoingByStage();
    for (Stage stage : journey.stages()) {
      if (stage.departures().isEmpty()) {
        continue;
      }
      long departures = stage.departures().getAsLong();
      List<Transition> outgoing = leaving.getOrDefault(stage.id(), List.of());
      long counted = 0;
      Transition last = null;
      for (Transition t : outgoing) {
        if (t.count().isPresent()) {
          counted += t.count().getAsLong();
          last = t;
        }
      }
      if (last != null && counted > departures) {
        report.accept(Diagnostic.error("counts.over-departures", sources.of(last, "count"),
            "the counts of the transitions leaving '" + stage.id() + "' add up to " + counted
                + ", more than its " + departures + " departures",
            "each count is a number of departures from '" + stage.id() + "'; recount them, or raise 'departures'"));
      }
    }
  }
}
