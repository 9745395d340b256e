package dev.slippers.model;

import java.util.OptionalDouble;

/**
 * Figures that turn probabilities into money for a manager's report.
 *
 * @param customers       customers entering the journey per period
 * @param period          the period of {@code customers}: "month", "quarter", "year"...
 * @param valuePerSuccess revenue of one journey that ends in success, empty when unknown
 * @param currency        currency of {@code valuePerSuccess}, e.g. RUB; may be empty
 */
public record Economics(double customers, String period, OptionalDouble valuePerSuccess, String currency) {}
