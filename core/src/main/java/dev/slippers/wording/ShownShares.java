package dev.slippers.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares of one whole (the outcomes of a journey) rounded together to the tenth of a percent that
 * {@link Numerals#percent} shows, so that the shown shares add up to the shown whole. Each rounded
 * alone, they need not: 28.35% + 31.53% + 40.12% shows as 28.4% + 31.5% + 40.1% but 71.65% as 71.7%,
 * and three thirds show as 99.9%. A page that prints a share next to its complement ("71.7% fail or
 * are lost") or lists every outcome then contradicts itself by a tenth.
 *
 * <p>Largest remainder (Hamilton's method): every share is first cut down to whole tenths, then the
 * tenths still missing from the whole go one each to the shares that lost most in the cut. A shown
 * share therefore differs from its exact value by less than a tenth (not at most half a tenth, as
 * rounding alone would), and the ones that differ most are the ones that had to. Remainders equal to
 * within {@link #TIE} are a tie, and a tie goes to the earlier share, so that a page shows the same
 * figures on every run and on every machine, whatever the last bits of a solve.
 */
public final class ShownShares {

  /** Tenths of a percent in a whole: 100.0%. */
  public static final int WHOLE = 1000;

  /**
   * Remainders (in tenths) closer than this are equal: the analysis's shares carry rounding error
   * of about 1e-15, so that 0.2835 × 1000 may come out as 283.49999999999994 or as 283.5.
   */
  static final double TIE = 1e-9;

  private ShownShares() {}

  /**
   * The shares as shown, in tenths of a percent, in the given order: each within a tenth of its
   * exact value, together the exact total rounded to a tenth ({@link #WHOLE} for shares that add up
   * to 1). Negative shares count as 0.
   */
  public static int[] tenths(double... shares) {
    int n = shares.length;
    int[] shown = new int[n];
    double[] remainders = new double[n];
    double total = 0;
    long cut = 0;
    for (int i = 0; i < n; i++) {
      double exact = Math.max(0, shares[i]) * WHOLE;
      total += exact;
      // A share a rounding error below a whole tenth is that tenth, not the one below with a remainder of 1.
      shown[i] = (int) Math.floor(exact + TIE);
      remainders[i] = Math.max(0, exact - shown[i]);
      cut += shown[i];
    }
    long missing = Math.round(total) - cut;
    for (long k = 0; k < missing; k++) {
      shown[largestRemainder(remainders)]++;
    }
    return shown;
  }

  /**
   * A journey's outcome shares as its pages show them, in tenths of a percent, in the order the pages
   * list them: success, the journey's own outcomes by name, failure, lost. Rounded together in that
   * order (a tie goes to the earlier), so that every page showing one journey's outcomes (its report,
   * a diff with it) shows the same figures.
   */
  public static Map<String, Integer> outcomes(Map<String, Double> shares) {
    List<String> names = new ArrayList<>(shares.keySet());
    names.sort(Comparator.comparingInt(ShownShares::place).thenComparing(Comparator.naturalOrder()));
    int[] shown = tenths(names.stream().mapToDouble(shares::get).toArray());
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (int i = 0; i < shown.length; i++) {
      ordered.put(names.get(i), shown[i]);
    }
    return ordered;
  }

  /** Where pages list an outcome: success first, the journey's own, then failure and lost last. */
  private static int place(String outcome) {
    return switch (outcome) {
      case "success" -> 0;
      case "failure" -> 2;
      case "lost" -> 3;
      default -> 1;
    };
  }

  /** The share as {@link Numerals#percent} writes it back: {@code 284} tenths are 0.284, "28.4%". */
  public static double share(int tenths) {
    return tenths / (double) WHOLE;
  }

  /** The earliest share with the largest remainder; taken, so that the next tenth goes elsewhere. */
  private static int largestRemainder(double[] remainders) {
    int best = 0;
    for (int i = 1; i < remainders.length; i++) {
      if (remainders[i] > remainders[best] + TIE) {
        best = i;
      }
    }
    remainders[best] = -1;
    return best;
  }
}
