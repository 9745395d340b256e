package dev.slippers.render.report;

import java.util.Locale;

/**
 * Number formats shared by the reports and the walk, fixed to {@link Locale#ROOT} so that output does
 * not change with the machine's locale.
 */
public final class Numbers {

  private Numbers() {}

  /** A probability or share as a percentage with one decimal: {@code 38.5%}, {@code 100%}. */
  public static String percent(double share) {
    return plain(share * 100) + "%";
  }

  /** A friction or impact score with two decimals: {@code 1.52}. */
  public static String score(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** At most one decimal, without a trailing {@code .0}. */
  public static String plain(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    return text.equals("-0") ? "0" : text;
  }

  /** A signed difference in percentage points: {@code +2.1 pp}, {@code -0.5 pp}. */
  public static String points(double shareDelta) {
    String text = plain(shareDelta * 100);
    return (shareDelta > 0 && !text.equals("0") ? "+" : "") + text + " pp";
  }

  /** A signed share of change as a percentage: {@code +8.8%}, {@code -7.7%}. */
  public static String signedPercent(double share) {
    String text = plain(share * 100);
    return (share > 0 && !text.equals("0") ? "+" : "") + text + "%";
  }

  /** A signed score difference: {@code +0.40}, {@code -1.25}. */
  public static String signedScore(double delta) {
    String text = score(delta);
    if (text.equals("-0.00")) {
      return "0.00";
    }
    return (delta > 0 && !text.equals("0.00") ? "+" : "") + text;
  }

  /** Money without decimals and with thin grouping: {@code 1 250 000}. */
  public static String money(double amount) {
    return String.format(Locale.ROOT, "%,d", Math.round(amount)).replace(',', '\u202F');
  }
}
