package dev.slippers.analysis;

import dev.slippers.model.Economics;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Pain points ranked by what fixing them is worth.
 *
 * <p>{@code affectedShare = min(1, reach of the stage x frequency)}; {@code impact = affectedShare x
 * severity x w_pain}. The gains come from the fix model ({@link PainFixes}) through
 * {@link PainValues}. Ranking: by money attributed where the journey has economics, else by the
 * success attributed; then by impact (experience); then in file order.
 */
final class PainImpacts {

  private PainImpacts() {}

  static List<PainImpact> of(StageGraph g, Flow flow, PainValues values) {
    Optional<Economics> economics = g.journey.economics();
    double weight = g.journey.scoring().pain();
    List<PainImpact> found = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      for (PainPoint pain : stage.painPoints()) {
        double affected = Math.min(1, flow.reach[s] * pain.frequency());
        PainValues.Worth worth = values.worth.get(pain.id());
        Map<String, Double> ifFixed = worth == null ? Map.of() : worth.ifFixed();
        Map<String, Double> attributed = worth == null ? Map.of() : worth.attributed();
        found.add(new PainImpact(pain.id(), stage.id(), affected, affected * pain.severity() * weight, worth != null,
            PainValues.success(ifFixed), PainValues.success(attributed),
            economics.map(e -> OptionalDouble.of(PainValues.value(e, ifFixed))).orElse(OptionalDouble.empty()),
            economics.map(e -> OptionalDouble.of(PainValues.value(e, attributed))).orElse(OptionalDouble.empty())));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    Comparator<Integer> byGain = economics.isPresent()
        ? Comparator.comparingDouble((Integer i) -> -round(found.get(i).valueAttributed().orElse(0)))
        : Comparator.comparingDouble((Integer i) -> -round(found.get(i).successAttributed()));
    order.sort(byGain.thenComparingDouble(i -> -found.get(i).impact()).thenComparingInt(i -> i));
    return order.stream().map(found::get).toList();
  }

  /** Ties within solver noise keep the experience order, so the ranking is the same from run to run. */
  private static double round(double value) {
    return Math.abs(value) < 1e-9 ? 0 : new java.math.BigDecimal(value).round(new java.math.MathContext(9)).doubleValue();
  }
}
