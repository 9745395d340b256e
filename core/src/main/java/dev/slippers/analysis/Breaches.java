package dev.slippers.analysis;

import dev.slippers.model.Metric;
import dev.slippers.model.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every metric against its target: the ones that miss it, worst first. */
final class Breaches {

  private Breaches() {}

  /**
   * The gap as a share of the metric's scale where the scale is bounded (NPS -100..100, CSAT 1..5,
   * percentages 0..1), else as a share of the target (durations, money, counts, custom metrics); a
   * zero target falls back to the gap itself. Zero when the target is met or missing.
   */
  static double relativeGap(Metric metric) {
    if (!metric.breached()) {
      return 0;
    }
    double gap = metric.gap().getAsDouble();
    double min = metric.kind().min();
    double max = metric.kind().max();
    boolean bounded = max < Double.MAX_VALUE && min > -Double.MAX_VALUE;
    if (bounded && max > min) {
      return gap / (max - min);
    }
    double target = Math.abs(metric.target().getAsDouble());
    return target > 0 ? gap / target : gap;
  }

  /** Breaches of every stage, largest relative gap first, then stage file order and metric key. */
  static List<Breach> of(StageGraph g) {
    List<Breach> found = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      for (Metric m : stage.metrics().values()) {
        if (m.breached()) {
          found.add(new Breach(stage.id(), m.key(), m.value(), m.target().getAsDouble(), m.gap().getAsDouble(),
              relativeGap(m), m.better()));
          order.add(s);
        }
      }
    }
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      positions.add(i);
    }
    positions.sort(Comparator.comparingDouble((Integer i) -> -found.get(i).relativeGap())
        .thenComparing(order::get)
        .thenComparing(i -> found.get(i).metricKey()));
    return positions.stream().map(found::get).toList();
  }
}
