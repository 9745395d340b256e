package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Economics;
import dev.slippers.model.Journey;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code economics.unknown-outcome} (warning): {@code outcome_values} names an outcome that no stage
 * of the journey ends in (nor {@code lost}), most likely a typo; its value would never count.
 */
final class EconomicsOutcomes implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    if (journey.economics().isEmpty()) {
      return;
    }
    Economics economics = journey.economics().get();
    Set<String> outcomes = new LinkedHashSet<>();
    journey.stages().forEach(s -> s.outcome().ifPresent(outcomes::add));
    outcomes.add("lost");
    for (String outcome : economics.outcomeValues().keySet()) {
      if (!outcomes.contains(outcome)) {
        report.accept(Diagnostic.warning("economics.unknown-outcome", sources.keyAt("/economics/outcome_values/" + outcome),
            "no stage ends in the outcome '" + outcome + "', so its value never counts",
            Suggestions.hint(outcome, outcomes, "outcomes")));
      }
    }
  }
}
