package dev.slippers.model;

/** How a metric's value is written and stored. */
public enum MetricUnit {
  /** A point on a scale, stored as written (NPS -100..100, CSAT 1..5, CES 1..7). */
  SCORE,
  /** A share, written {@code 85%} or {@code 0.85}, stored as a fraction 0..1. */
  PERCENT,
  /** A time, written {@code 3m} or {@code PT3M}, stored in seconds. */
  DURATION,
  /** An amount of money, stored as written. */
  MONEY,
  /** A count or any other non-negative number, stored as written. */
  NUMBER
}
