package dev.slippers.analysis;

/**
 * One term of a friction score, so that a report can say why a stage hurts.
 *
 * @param kind     which part of the formula it comes from
 * @param sourceId the pain point, touchpoint or metric key it comes from
 * @param amount   its share of the score, already weighted
 * @param detail   a short human explanation, e.g. "severity 4 x 40% of customers"
 */
public record Contribution(Kind kind, String sourceId, double amount, String detail) {

  /** The parts of the friction formula. */
  public enum Kind { PAIN, EMOTION, EFFORT, BREACH, CHANNEL_SWITCH }
}
