package dev.slippers.analysis;

import dev.slippers.model.Language;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Money as people say it in a meeting: two significant digits and a scale word, "about 12 M RUB"
 * rather than "12 055 680 RUB". The analysis keeps exact figures; only what people read is rounded.
 */
public final class MoneyText {

  private MoneyText() {}

  /** {@code 12055680} -> "12 M" (en) or "12 млн" (ru); "-480 K"; "1.5 bn"; amounts under 1,000 whole. */
  public static String rounded(double amount, Language language) {
    return rounded(amount, language, 2);
  }

  /**
   * The amount to {@code digits} significant digits (at least 2) with its scale word: what an interval
   * needs when two significant digits would write both of its ends alike ("110 M to 110 M").
   */
  public static String rounded(double amount, Language language, int digits) {
    boolean ru = language == Language.RU;
    double size = Math.abs(amount);
    String[] scale = ru ? new String[] {"", "тыс.", "млн", "млрд"} : new String[] {"", "K", "M", "bn"};
    int step = size >= 999_500_000 ? 3 : size >= 999_500 ? 2 : size >= 999.5 ? 1 : 0;
    double scaled = amount / Math.pow(1000, step);
    String number;
    if (step == 0) {
      number = Long.toString(Math.round(scaled));
    } else {
      BigDecimal two = new BigDecimal(scaled).round(new MathContext(Math.max(2, digits), RoundingMode.HALF_EVEN));
      number = two.scale() > 0 ? two.toPlainString() : two.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    }
    if (ru) {
      number = number.replace('.', ',');
    }
    number = number.startsWith("-") ? "\u2212" + number.substring(1) : number;
    if (number.equals("\u22120")) {
      number = "0";
    }
    return step == 0 ? number : number + "\u00A0" + scale[step];
  }

  /** The rounded amount with its sign and currency: "+12 M RUB", "−300 RUB", "0 RUB". */
  public static String signed(double amount, String currency, Language language) {
    return signed(amount, currency, language, 2);
  }

  /** {@link #signed(double, String, Language)} to {@code digits} significant digits. */
  public static String signed(double amount, String currency, Language language, int digits) {
    String text = rounded(amount, language, digits);
    String sign = !text.startsWith("\u2212") && !text.equals("0") ? "+" : "";
    return sign + text + (currency.isEmpty() ? "" : "\u00A0" + currency);
  }

  /** The rounded amount with its currency, without a plus sign. */
  public static String of(double amount, String currency, Language language) {
    return of(amount, currency, language, 2);
  }

  /** {@link #of(double, String, Language)} to {@code digits} significant digits. */
  public static String of(double amount, String currency, Language language, int digits) {
    return rounded(amount, language, digits) + (currency.isEmpty() ? "" : "\u00A0" + currency);
  }
}
