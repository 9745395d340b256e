package dev.slippers.analysis;

import dev.slippers.model.Economics;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pain points ranked by how much they hurt the whole journey.
 *
 * <p>{@code affectedShare = min(1, reach of the stage x frequency)}; {@code impact = affectedShare x
 * severity x w_pain}. The estimated cost assumes that a customer who meets a pain of severity s is
 * worth s/5 of a successful journey less: a critical pain (5) costs the whole sale, a minor one (1)
 * a fifth of it. So {@code cost = customers per period x affectedShare x severity / 5 x value per
 * success}, and 0 when the journey gives no economics or no value per success. It is an order of
 * magnitude to rank fixes by, not an accounting figure.
 */
final class PainImpacts {

  private PainImpacts() {}

  static List<PainImpact> of(StageGraph g, Flow flow) {
    Optional<Economics> economics = g.journey.economics();
    double customers = economics.map(Economics::customers).orElse(0.0);
    double value = economics.map(e -> e.valuePerSuccess().orElse(0)).orElse(0.0);
    double weight = g.journey.scoring().pain();
    List<PainImpact> found = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      for (PainPoint pain : stage.painPoints()) {
        double affected = Math.min(1, flow.reach[s] * pain.frequency());
        double cost = customers * affected * pain.severity() / (double) PainPoint.MAX_SEVERITY * value;
        found.add(new PainImpact(pain.id(), stage.id(), affected, affected * pain.severity() * weight, cost));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -found.get(i).impact()).thenComparingInt(i -> i));
    return order.stream().map(found::get).toList();
  }
}
