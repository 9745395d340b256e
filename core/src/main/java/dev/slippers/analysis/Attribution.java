package dev.slippers.analysis;

/**
 * How the gain of fixing every pain point was shared out among them (Shapley values).
 *
 * @param method        {@code exact} (every subset of the pains with a declared effect), {@code sampled}
 *                      (random orders drawn with a fixed seed) or {@code none} (no pain declares an effect)
 * @param pains         how many pain points have a declared effect on the flow (the players)
 * @param permutations  orders sampled; 0 when exact
 * @param standardError the largest standard error of one pain's attribution, in money per period
 *                      where the journey has economics, else as a share of customers reaching
 *                      success; 0 when exact
 */
public record Attribution(String method, int pains, int permutations, double standardError) {

  public static final String EXACT = "exact";
  public static final String SAMPLED = "sampled";
  public static final String NONE = "none";
}
