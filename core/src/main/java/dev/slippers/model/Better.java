package dev.slippers.model;

/** Which direction of a metric is good. */
public enum Better {
  HIGHER, LOWER;

  /** True when {@code value} meets {@code target} in this direction (equal counts as met). */
  public boolean meets(double value, double target) {
    return this == HIGHER ? value >= target : value <= target;
  }

  /** How far {@code value} falls short of {@code target}; zero or negative when it meets it. */
  public double shortfall(double value, double target) {
    return this == HIGHER ? target - value : value - target;
  }
}
