package dev.slippers.io;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the quantities people write in journeys: durations ({@code 30s}, {@code 1h30m},
 * {@code PT5M}) and shares ({@code 40%}, {@code 0.4}). {@link Duration#parse} covers ISO-8601; the
 * short forms are ours because no library reads them.
 */
public final class Quantities {

  /** One part of a short duration; "min" and "mo" are tried before "m" (minutes). */
  private static final Pattern SHORT_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(min|mo|[wdhmsy])\\s*");

  /**
   * ISO-8601 durations with dates: {@code PnYnMnWnDTnHnMnS}, each part optional but at least one
   * given. {@link Duration#parse} has no years or months and {@link java.time.Period} no hours, so
   * the parts are read here; docs/slippers.schema.json holds the same pattern.
   */
  private static final Pattern ISO_DURATION = Pattern.compile(
      "p(?=\\d|t\\d)(?:(\\d+(?:[.,]\\d+)?)y)?(?:(\\d+(?:[.,]\\d+)?)m)?(?:(\\d+(?:[.,]\\d+)?)w)?(?:(\\d+(?:[.,]\\d+)?)d)?"
          + "(?:t(?=\\d)(?:(\\d+(?:[.,]\\d+)?)h)?(?:(\\d+(?:[.,]\\d+)?)m)?(?:(\\d+(?:[.,]\\d+)?)s)?)?");

  /** Seconds in a year and a month of a journey: a year is 365 days, a month 30 days (docs/format.md). */
  public static final long YEAR_SECONDS = 365L * 86_400;
  public static final long MONTH_SECONDS = 30L * 86_400;

  private static final long[] ISO_PART_SECONDS = {YEAR_SECONDS, MONTH_SECONDS, 7 * 86_400, 86_400, 3_600, 60, 1};

  /**
   * The longest duration a journey may state: a hundred years. Longer ones are refused by
   * validation ({@code value.range}), so sums of durations over any journey stay far from overflow.
   */
  public static final Duration MAX_DURATION = Duration.ofDays(36_525);

  private Quantities() {}

  /** A duration in seconds, as a double; never overflows (unlike {@link Duration#toMillis}). */
  public static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }

  /**
   * A duration such as {@code 30s}, {@code 5m} (or {@code 5min}), {@code 2h}, {@code 3d}, {@code 1w},
   * {@code 6mo}, {@code 1y}, {@code 1h30m}, or ISO-8601 such as {@code PT5M} or {@code P1Y2M}. A year
   * counts 365 days and a month 30 days.
   */
  public static Optional<Duration> duration(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double seconds = 0;
    if (value.startsWith("p")) {
      Matcher iso = ISO_DURATION.matcher(value);
      if (!iso.matches()) {
        return Optional.empty();
      }
      for (int part = 0; part < ISO_PART_SECONDS.length; part++) {
        if (iso.group(part + 1) != null) {
          seconds += Double.parseDouble(iso.group(part + 1).replace(',', '.')) * ISO_PART_SECONDS[part];
        }
      }
      return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
    }
    Matcher matcher = SHORT_DURATION_PART.matcher(value);
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      double amount = Double.parseDouble(matcher.group(1));
      seconds += amount * switch (matcher.group(2)) {
        case "y" -> YEAR_SECONDS;
        case "mo" -> MONTH_SECONDS;
        case "w" -> 7 * 86_400;
        case "d" -> 86_400;
        case "h" -> 3_600;
        case "m", "min" -> 60;
        default -> 1;
      };
      end = matcher.end();
    }
    if (end == 0 || end != value.length()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
  }

  /** The shortest of our own forms for a duration: {@code 1h30m}, {@code 45s}, {@code 3d}. */
  public static String formatDuration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (seconds >= sizes[i]) {
        text.append(seconds / sizes[i]).append(units[i]);
        seconds %= sizes[i];
      }
    }
    return text.toString();
  }

  /**
   * A share from {@code 40%} (0 to 100) or a plain number from 0 to 1; empty when the text is
   * neither (NaN and infinities included). Range checks are the caller's, so it can name the rule.
   */
  public static OptionalDouble share(String text) {
    String value = text.strip();
    try {
      double share = value.endsWith("%")
          ? Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100.0
          : Double.parseDouble(value);
      // NaN passes every range check (all comparisons are false); Infinity is no share either.
      return Double.isFinite(share) ? OptionalDouble.of(share) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** A share as people read it: {@code 40%}, {@code 12.5%}, {@code 0.33%}: at most two decimals. */
  public static String formatShare(double share) {
    double percent = share * 100;
    if (Math.abs(percent - Math.rint(percent)) < 1e-9) {
      // Concatenation, not String.format: the analysis writes a share into every pain point's explanation.
      return Math.round(percent) + "%";
    }
    return formatNumber(percent) + "%";
  }

  /**
   * A metric value in its unit as people read it: shares as percentages, durations in the short
   * form, other numbers without trailing zeros and followed by the custom label, if any.
   */
  public static String formatMetric(dev.slippers.model.MetricUnit unit, double value, String label) {
    String text = switch (unit) {
      case PERCENT -> formatShare(value);
      case DURATION -> formatDuration(Duration.ofMillis(Math.round(value * 1000)));
      default -> formatNumber(value);
    };
    return label == null || label.isEmpty() ? text : text + " " + label;
  }

  /** A number with at most two decimals and no trailing zeros: {@code 4.6}, {@code 120}, {@code -12.25}, never {@code -0}. */
  public static String formatNumber(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    if (text.endsWith(".00")) {
      text = text.substring(0, text.length() - 3);
    } else if (text.endsWith("0") && text.contains(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return "-0".equals(text) ? "0" : text;
  }
}
