package dev.slippers.render;

import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import dev.slippers.wording.Numerals;
import java.time.Duration;

/**
 * Numbers as people read them on a map, in the journey's language through {@link Numerals} (never
 * the machine's locale); the one-argument {@link #friction(double)} is for data attributes.
 */
public final class Formats {

  private Formats() {}

  /** A share 0..1 as a whole percentage, or with one decimal below 10%, in the language's digits. */
  public static String percent(double share, Language language) {
    return Numerals.of(language).roundPercent(share);
  }

  /**
   * A duration in seconds as people say it, in the journey's language: "45 s", "5 min",
   * "1 h 30 min", "2 d 4 h" (or "45 с", "5 мин", "1 ч 30 мин", "2 дн. 4 ч"). Rounded to the two
   * largest units: a map says how long something takes, not to the second. The YAML's own compact
   * form ({@code 1h30m}) stays with {@link dev.slippers.io.Quantities}, which reads and writes files.
   */
  public static String duration(double seconds, Language language) {
    return Numerals.of(language).duration(seconds);
  }

  public static String duration(Duration duration, Language language) {
    return duration(dev.slippers.io.Quantities.seconds(duration), language);
  }

  /** A metric value in its unit: "82%", "3 min", "4.6", "120 reviews/month" (or "4,6" in Russian). */
  public static String metric(Metric metric, double value, Language language) {
    String number = Numerals.of(language).number(value);
    return switch (metric.unit()) {
      case PERCENT -> percent(value, language);
      case DURATION -> duration(value, language);
      default -> metric.label().isEmpty() ? number : number + " " + metric.label();
    };
  }

  /** A friction score with one decimal, in the language's digits. */
  public static String friction(double value, Language language) {
    return Numerals.of(language).fixed(value, 1);
  }

  /** A friction score with one decimal for a data attribute: always with a point. */
  public static String friction(double value) {
    return Numerals.decimal(value, 1);
  }
}
