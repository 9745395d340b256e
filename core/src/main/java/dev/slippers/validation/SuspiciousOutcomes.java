package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code outcome.suspicious}: an outcome written like a misspelt {@code success} or {@code failure}
 * ({@code Success}, {@code failiure}). Any outcome name is allowed, but reports count only the exact
 * {@code success} as success, so {@code outcome: Success} would silently give "0% success".
 *
 * <p>{@code outcome.no-success}: a journey whose stages end only in other outcomes. Warnings both:
 * a journey about complaints may have no success on purpose. The second is left out when the first
 * already points at a misspelt {@code success}, which is its cause.
 */
final class SuspiciousOutcomes implements Rule {

  /** The outcomes Slippers itself gives a meaning to. */
  private static final List<String> KNOWN = List.of("success", "failure");

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    boolean anyOutcome = false;
    boolean success = false;
    boolean misspeltSuccess = false;
    for (Stage stage : journey.stages()) {
      if (stage.outcome().isEmpty()) {
        continue;
      }
      String outcome = stage.outcome().get();
      anyOutcome = true;
      success |= outcome.equals("success");
      if (KNOWN.contains(outcome)) {
        continue;
      }
      Optional<String> meant = Suggestions.closest(outcome, KNOWN);
      if (meant.isPresent()) {
        misspeltSuccess |= meant.get().equals("success");
        report.accept(Diagnostic.warning("outcome.suspicious", sources.of(stage, "outcome"),
            "outcome '" + outcome + "' of stage '" + stage.id() + "' looks like a misspelt '" + meant.get() + "'",
            "write 'outcome: " + meant.get() + "': reports count only '" + meant.get()
                + "', spelt so and in lower case; or give the outcome a name of its own"));
      }
    }
    if (anyOutcome && !success && !misspeltSuccess) {
      report.accept(Diagnostic.warning("outcome.no-success", sources.at("/stages"),
          "no stage of the journey has the outcome 'success', so reports show 0% success",
          "give the stage where customers get what they came for 'outcome: success'"));
    }
  }
}
