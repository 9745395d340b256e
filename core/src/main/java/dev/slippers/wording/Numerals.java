package dev.slippers.wording;

import dev.slippers.model.Language;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people read them in one language. Every number is first written with
 * {@link Locale#ROOT} (so nothing depends on the machine's locale), then given the language's
 * decimal separator: a point in English, a comma in Russian. Thousands are grouped with a narrow
 * no-break space (U+202F) in both languages, so a number never breaks across lines: money always,
 * other numbers from 10 000 (four-digit numbers stay whole, as Russian typography has it).
 * Percentage points are {@code pp} in English and {@code п. п.} in Russian.
 */
public final class Numerals {

  /**
   * A zero written with a sign, {@code -0.00}; and a digit that makes a number not zero. Compiled
   * once: {@link String#matches} compiles its pattern on every call, for every figure a page shows.
   */
  private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0[.0]*");
  private static final Pattern NONZERO_DIGIT = Pattern.compile("[1-9]");

  /** Between groups of thousands: a narrow no-break space. */
  public static final char THOUSANDS = '\u202F';

  private static final Numerals EN = new Numerals('.', "pp", new String[] {" s", " min", " h", " d"});
  private static final Numerals RU = new Numerals(',', "п.\u00a0п.", new String[] {" с", " мин", " ч", " дн."});

  private final char decimal;
  private final String points;
  private final String[] units;

  private Numerals(char decimal, String points, String[] units) {
    this.decimal = decimal;
    this.points = points;
    this.units = units;
  }

  public static Numerals of(Language language) {
    return language == Language.RU ? RU : EN;
  }

  /** Exactly {@code decimals} decimals: {@code 1.52}, {@code 1,52}. */
  public String fixed(double value, int decimals) {
    String text = decimal(value, decimals);
    if (NEGATIVE_ZERO.matcher(text).matches()) {
      text = text.substring(1);
    }
    return localise(text);
  }

  /** At most one decimal, without a trailing zero: {@code 38.5}, {@code 100}. */
  public String plain(double value) {
    return trimmed(value, 1);
  }

  /** At most two decimals, without trailing zeros: {@code 4.6}, {@code 120}, {@code -12.25}. */
  public String number(double value) {
    return trimmed(value, 2);
  }

  /** A share 0..1 as a percentage with at most one decimal: {@code 38.5%}, {@code 100%}. */
  public String percent(double share) {
    return plain(share * 100) + "%";
  }

  /** A share 0..1 as a whole percentage, or with one decimal below 10%: {@code 63%}, {@code 4.5%}. */
  public String roundPercent(double share) {
    double p = share * 100;
    if (p > 0 && p < 10 && Math.abs(p - Math.rint(p)) > 1e-9) {
      return fixed(p, 1) + "%";
    }
    return fixed(p, 0) + "%";
  }

  /** A score with two decimals: {@code 1.52}. */
  public String score(double value) {
    return fixed(value, 2);
  }

  /** A signed score difference: {@code +0.40}, {@code -1.25}, {@code 0.00}. */
  public String signedScore(double delta) {
    return signed(fixed(delta, 2), delta);
  }

  /** A signed change as a percentage: {@code +8.8%}, {@code -7.7%}. */
  public String signedPercent(double share) {
    return signed(plain(share * 100), share) + "%";
  }

  /** A signed difference of two shares in percentage points: {@code +2.1 pp}, {@code -0,5 п. п.}. */
  public String points(double shareDelta) {
    return signed(plain(shareDelta * 100), shareDelta) + "\u00a0" + points;
  }

  /**
   * A share as the journey writes it, with at most two decimals: {@code 40%}, {@code 12.5%},
   * {@code 0,33%}. Cheap (no formatter for whole percentages): the analysis writes one into every
   * pain point's explanation.
   */
  public String share(double share) {
    String text = dev.slippers.io.Quantities.formatShare(share);
    return decimal == '.' ? text : text.replace('.', decimal);
  }

  /**
   * A duration in seconds as people say it: "45 s", "5 min", "1 h 30 min", "2 d 4 h" (or "45 с",
   * "5 мин", "1 ч 30 мин", "2 дн. 4 ч"). Rounded to the two largest units: a map says how long
   * something takes, not to the second.
   */
  public String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + units[0];
    }
    if (s < 3600) {
      return Math.round(s / 60.0) + units[1];
    }
    if (s < 86_400) {
      long m = Math.round(s / 60.0);
      return m % 60 == 0 ? m / 60 + units[2] : m / 60 + units[2] + " " + m % 60 + units[1];
    }
    long h = Math.round(s / 3600.0);
    return h % 24 == 0 ? h / 24 + units[3] : h / 24 + units[3] + " " + h % 24 + units[2];
  }

  /** Money without decimals, thousands always grouped: {@code 1 250 000}. */
  public String money(double amount) {
    String text = Long.toString(Math.round(amount));
    return "-0".equals(text) ? "0" : group(text, 4);
  }

  private String trimmed(double value, int decimals) {
    String text = decimal(value, decimals);
    if (text.indexOf('.') >= 0) {
      int end = text.length();
      while (text.charAt(end - 1) == '0') {
        end--;
      }
      text = text.substring(0, text.charAt(end - 1) == '.' ? end - 1 : end);
    }
    if (text.equals("-0")) {
      text = "0";
    }
    return localise(text);
  }

  /**
   * {@code value} with exactly {@code decimals} decimals and a point: the shortest decimal that
   * reads back as the double (Double.toString), rounded half up, the sign kept even when the digits
   * round to zero ({@code -0.00}), as {@code String.format(Locale.ROOT, "%.<decimals>f", value)}
   * writes it, with one difference: a value within a billionth of the last shown digit from a half
   * is that half, and rounds up. The figures are computed in binary: 47.5% of customers times
   * severity 3 comes out as 1.4249999999999998 and 0.2835 as a percentage as 28.349999999999998,
   * which the formatter writes 1.42 and 28.3, while the page's own arithmetic (and its other figures
   * for the same share, found by another sum) say 1.43 and 28.4 (NumeralsTest). Written out, not
   * with a Formatter, because a Formatter looks up the locale's symbols on every call, about a
   * twentieth of the CPU of a cold small render (docs/performance.md); Infinity and NaN still go
   * through it.
   */
  public static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
    String digits = snapped(Math.abs(value), decimals).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
  }

  /** The value's shortest decimal, with what lies a billionth of the last shown digit below it dropped. */
  static java.math.BigDecimal snapped(double value, int decimals) {
    return new java.math.BigDecimal(Double.toString(value)).setScale(decimals + 9, java.math.RoundingMode.HALF_EVEN);
  }

  private static String signed(String text, double value) {
    boolean zero = !NONZERO_DIGIT.matcher(text).find();
    if (zero) {
      return text.startsWith("-") ? text.substring(1) : text;
    }
    return value > 0 ? "+" + text : text;
  }

  /** The language's decimal separator and, from five digits, grouped thousands. */
  private String localise(String rootText) {
    String text = group(rootText, 5);
    return decimal == '.' ? text : text.replace('.', decimal);
  }

  /** Groups the integer part in threes when it has at least {@code fromDigits} digits. */
  private static String group(String text, int fromDigits) {
    int start = text.startsWith("-") ? 1 : 0;
    int end = text.indexOf('.');
    end = end < 0 ? text.length() : end;
    if (end - start < fromDigits) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.substring(0, start));
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(THOUSANDS);
      }
      out.append(text.charAt(i));
    }
    return out.append(text.substring(end)).toString();
  }
}
