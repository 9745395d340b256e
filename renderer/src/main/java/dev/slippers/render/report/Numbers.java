package dev.slippers.render.report;

import dev.slippers.model.Language;
import dev.slippers.wording.Numerals;
import java.util.Locale;

/**
 * Number formats shared by the reports and the walk, in the journey's language through
 * {@link Numerals} (decimal point in English, decimal comma in Russian, {@code pp} or {@code п. п.}),
 * never the machine's locale. {@link #css} is for style sheets and stays with a point.
 */
public final class Numbers {

  private Numbers() {}

  /** A probability or share as a percentage with one decimal: {@code 38.5%}, {@code 38,5%}. */
  public static String percent(double share, Language language) {
    return Numerals.of(language).percent(share);
  }

  /** A friction or impact score with two decimals: {@code 1.52}, {@code 1,52}. */
  public static String score(double value, Language language) {
    return Numerals.of(language).score(value);
  }

  /** At most one decimal, without a trailing zero. */
  public static String plain(double value, Language language) {
    return Numerals.of(language).plain(value);
  }

  /** A signed difference in percentage points: {@code +2.1 pp}, {@code -0,5 п. п.}. */
  public static String points(double shareDelta, Language language) {
    return Numerals.of(language).points(shareDelta);
  }

  /** A signed share of change as a percentage: {@code +8.8%}, {@code -7,7%}. */
  public static String signedPercent(double share, Language language) {
    return Numerals.of(language).signedPercent(share);
  }

  /** A signed score difference: {@code +0.40}, {@code -1,25}. */
  public static String signedScore(double delta, Language language) {
    return Numerals.of(language).signedScore(delta);
  }

  /** Money without decimals, thousands grouped with a narrow no-break space: {@code 1 250 000}. */
  public static String money(double amount, Language language) {
    return Numerals.of(language).money(amount);
  }

  /** A number for CSS (a bar's width): at most one decimal, always with a point. */
  public static String css(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    return text.equals("-0") ? "0" : text;
  }
}
