package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.Map;
import java.util.function.Consumer;

/** {@code outcome.has-transitions}: a stage with an outcome ends the journey, so nothing leaves it. */
final class OutcomeTransitions implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    Map<String, Stage> stages = index.stagesById();
    for (Transition transition : journey.transitions()) {
      Stage from = stages.get(transition.from());
      if (from != null && from.isOutcome()) {
        report.accept(Diagnostic.error("outcome.has-transitions", sources.of(transition, "from"),
            "'" + from.id() + "' ends the journey (outcome: " + from.outcome().get() + ") but has a transition to '"
                + transition.to() + "'",
            "remove the transition, or the stage's outcome if customers go on from it"));
      }
    }
  }
}
