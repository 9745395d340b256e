package dev.slippers.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Figures that turn probabilities into money for a manager's report.
 *
 * @param customers       customers entering the journey per period
 * @param period          the period of {@code customers}: "month", "quarter", "year"...
 * @param valuePerSuccess revenue of one journey that ends in success, empty when unknown
 * @param currency        currency of the values, e.g. RUB; may be empty
 * @param outcomeValues   value to the business of one customer ending in each named outcome
 *                        (negative for a cost), in file order; {@code success} defaults to
 *                        {@code valuePerSuccess}, every other outcome to 0
 */
public record Economics(double customers, String period, OptionalDouble valuePerSuccess, String currency,
    Map<String, Double> outcomeValues) {

  public Economics {
    outcomeValues = Collections.unmodifiableMap(new LinkedHashMap<>(outcomeValues));
  }

  public Economics(double customers, String period, OptionalDouble valuePerSuccess, String currency) {
    this(customers, period, valuePerSuccess, currency, Map.of());
  }

  /** The value of one customer ending in {@code outcome}. */
  public double valueOf(String outcome) {
    Double own = outcomeValues.get(outcome);
    if (own != null) {
      return own;
    }
    return outcome.equals(Stage.SUCCESS) ? valuePerSuccess.orElse(0) : 0;
  }
}
