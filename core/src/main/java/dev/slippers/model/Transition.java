package dev.slippers.model;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A move from one stage to another.
 *
 * @param from  id of the stage customers leave
 * @param to    id of the stage they reach
 * @param share share of the customers leaving {@code from} who take this transition, 0 to 1; empty
 *              when not given (the stage's remaining share is split evenly among such transitions)
 * @param label free text, may be empty
 * @param count  observed departures from {@code from} that took this transition, empty when not
 *               measured; with the stage's {@code departures} it is the evidence behind the share
 * @param source where the share comes from (e.g. {@code events 2026-09-01..2026-10-31, n = 23950}),
 *               empty when not given
 */
public record Transition(String from, String to, OptionalDouble share, String label, OptionalLong count,
    String source) {

  /** A transition with a designed share and no evidence behind it. */
  public Transition(String from, String to, OptionalDouble share, String label) {
    this(from, to, share, label, OptionalLong.empty(), "");
  }

  /**
   * The effective shares of transitions leaving one stage, in the order given: a transition's own
   * share where written; the remainder of 100% split evenly among those without one; written shares
   * that add up to more than 100% (an invalid journey) scaled down to 100%. What they leave of 100%
   * is drop-off. Which transitions count as leaving the stage is the caller's choice. O(n).
   */
  public static double[] effectiveShares(List<Transition> leaving) {
    double given = 0;
    int open = 0;
    for (Transition t : leaving) {
      if (t.share.isPresent()) {
        given += t.share.getAsDouble();
      } else {
        open++;
      }
    }
    double rest = open == 0 ? 0 : Math.max(0, 1 - given) / open;
    double scale = given > 1 ? 1 / given : 1;
    double[] shares = new double[leaving.size()];
    for (int i = 0; i < shares.length; i++) {
      OptionalDouble share = leaving.get(i).share;
      shares[i] = share.isPresent() ? share.getAsDouble() * scale : rest;
    }
    return shares;
  }
}
