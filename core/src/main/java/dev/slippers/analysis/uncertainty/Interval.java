package dev.slippers.analysis.uncertainty;

/**
 * A central 95% interval of a figure over the posterior draws: its 2.5th and 97.5th percentiles.
 *
 * @param low  2.5th percentile
 * @param high 97.5th percentile
 */
public record Interval(double low, double high) {

  /** True when {@code value} lies within the interval, ends included. */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  public double width() {
    return high - low;
  }
}
