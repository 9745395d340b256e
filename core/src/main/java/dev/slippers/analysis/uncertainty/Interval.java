package dev.slippers.analysis.uncertainty;

/**
 * A central 95% interval of a figure over the posterior draws: its 2.5th and 97.5th percentiles,
 * and the mean of the draws (where the draws centre; with few counts the uniform prior pulls it
 * away from the figure computed from the shares as written).
 *
 * @param low  2.5th percentile
 * @param high 97.5th percentile
 * @param mean mean of the draws
 */
public record Interval(double low, double high, double mean) {

  /** True when {@code value} lies within the interval, ends included. */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  public double width() {
    return high - low;
  }
}
