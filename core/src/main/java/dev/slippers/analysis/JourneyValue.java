package dev.slippers.analysis;

import dev.slippers.model.Economics;
import java.util.Map;

/**
 * What the journey is worth to the business per period, from its {@code economics:}.
 *
 * <pre>
 * expectedPerPeriod = customers × Σ_o P(o) × value(o)
 * bestPerPeriod     = customers × max_o value(o)        over the journey's outcomes and lost
 * </pre>
 *
 * value(o) is {@code outcome_values[o]}, else {@code value_per_success} for {@code success}, else 0.
 * {@code bestPerPeriod − expectedPerPeriod} is the value at risk: what no fix can exceed.
 *
 * @param currency          the currency, may be empty
 * @param period            the period of {@code customers}
 * @param customers         customers entering per period
 * @param expectedPerPeriod the expected value per period
 * @param bestPerPeriod     the value if every customer reached the most valuable outcome
 */
public record JourneyValue(String currency, String period, double customers, double expectedPerPeriod,
    double bestPerPeriod) {

  /** The value at risk: best minus expected, never negative. */
  public double atRisk() {
    return Math.max(0, bestPerPeriod - expectedPerPeriod);
  }

  static JourneyValue of(Economics economics, Map<String, Double> outcomes) {
    double best = Double.NEGATIVE_INFINITY;
    for (String outcome : outcomes.keySet()) {
      best = Math.max(best, economics.valueOf(outcome));
    }
    if (outcomes.isEmpty()) {
      best = 0;
    }
    return new JourneyValue(economics.currency(), economics.period(), economics.customers(),
        perPeriod(economics, outcomes), economics.customers() * best);
  }

  /** customers × Σ_o P(o) × value(o): public for the uncertainty analysis, which values every draw. */
  public static double perPeriod(Economics economics, Map<String, Double> outcomes) {
    double sum = 0;
    for (Map.Entry<String, Double> e : outcomes.entrySet()) {
      sum += e.getValue() * economics.valueOf(e.getKey());
    }
    return economics.customers() * sum;
  }
}
