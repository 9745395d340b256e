package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.Quantities;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code shares.over-total}: the shares of the transitions leaving a stage add up to at most 100%.
 * Less is allowed: the remainder is drop-off, which the analysis reports as {@code lost}.
 * O(stages + transitions).
 */
final class SharesOverTotal implements Rule {

  /** Rounding slack, so that three shares of 33.34% do not trip the rule. */
  private static final double SLACK = 1e-6;

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    // Grouped once: Journey.outgoing per stage would make this rule O(stages x transitions).
    Map<String, List<Transition>> leaving = index.outgoingByStage();
    for (Stage stage : journey.stages()) {
      List<Transition> outgoing = leaving.getOrDefault(stage.id(), List.of());
      double total = outgoing.stream().mapToDouble(t -> t.share().orElse(0)).sum();
      if (total > 1 + SLACK && !outgoing.isEmpty()) {
        Transition last = outgoing.get(outgoing.size() - 1);
        report.accept(Diagnostic.error("shares.over-total", sources.of(last, "share"),
            "the shares of the transitions leaving '" + stage.id() + "' add up to " + Quantities.formatShare(total),
            "they may add up to 100% at most; a remainder below 100% is drop-off"));
      }
    }
  }
}
