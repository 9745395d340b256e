package dev.slippers.diff;

/**
 * Probability of one outcome before and after (0 where a version does not have the outcome).
 *
 * @param outcome the outcome name, {@code success}, {@code failure}, {@code lost} or a named one
 * @param before  probability in the old version
 * @param after   probability in the new version
 */
public record OutcomeDelta(String outcome, double before, double after) {

  public double change() {
    return after - before;
  }
}
