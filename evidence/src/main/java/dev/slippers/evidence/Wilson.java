package dev.slippers.evidence;

/**
 * The Wilson score interval for a binomial share (Wilson 1927): for k successes in n trials and
 * z = 1.959964 (95%), centre (p + z^2/2n) / (1 + z^2/n) and half-width z sqrt(p(1-p)/n + z^2/4n^2)
 * / (1 + z^2/n), p = k/n. Unlike the normal approximation it stays inside [0, 1] and is sensible
 * for shares near 0 or 1 and small n. Written here because it is three lines; commons-math3's
 * {@code WilsonScoreInterval} gives the same and is used by the test as a cross-check.
 */
public final class Wilson {

  /** The 97.5th percentile of the standard normal distribution. */
  public static final double Z95 = 1.959963984540054;

  private Wilson() {}

  /** {low, high} for k of n; {0, 1} when n is 0 (no evidence). */
  public static double[] interval(long k, long n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double p = (double) k / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // At k = 0 and k = n the bound is exactly 0 or 1, but centre -/+ half rounds to just inside it
    // (811 of 811 gave 0.99999999...), which flagged a designed 100% as drift.
    return new double[] {k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half)};
  }
}
