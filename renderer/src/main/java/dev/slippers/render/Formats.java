package dev.slippers.render;

import dev.slippers.io.Quantities;
import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import java.time.Duration;
import java.util.Locale;

/** Numbers as people read them on a map, always formatted with {@link Locale#ROOT}. */
public final class Formats {

  private Formats() {}

  /** A share 0..1 as a whole percentage, or with one decimal below 10%. */
  public static String percent(double share) {
    double p = share * 100;
    if (p > 0 && p < 10 && Math.abs(p - Math.rint(p)) > 1e-9) {
      return String.format(Locale.ROOT, "%.1f%%", p);
    }
    return String.format(Locale.ROOT, "%.0f%%", p);
  }

  /**
   * A duration in seconds as people say it, in the journey's language: "45 s", "5 min",
   * "1 h 30 min", "2 d 4 h" (or "45 с", "5 мин", "1 ч 30 мин", "2 дн. 4 ч"). Rounded to the two
   * largest units: a map says how long something takes, not to the second. The YAML's own compact
   * form ({@code 1h30m}) stays with {@link dev.slippers.io.Quantities}, which reads and writes files.
   */
  public static String duration(double seconds, Language language) {
    boolean ru = language == Language.RU;
    String sec = ru ? " с" : " s";
    String min = ru ? " мин" : " min";
    String hour = ru ? " ч" : " h";
    String day = ru ? " дн." : " d";
    long s = Math.round(seconds);
    if (s < 60) {
      return s + sec;
    }
    if (s < 3600) {
      return Math.round(s / 60.0) + min;
    }
    if (s < 86_400) {
      long m = Math.round(s / 60.0);
      return m % 60 == 0 ? m / 60 + hour : m / 60 + hour + " " + m % 60 + min;
    }
    long h = Math.round(s / 3600.0);
    return h % 24 == 0 ? h / 24 + day : h / 24 + day + " " + h % 24 + hour;
  }

  public static String duration(Duration duration, Language language) {
    return duration(dev.slippers.io.Quantities.seconds(duration), language);
  }

  /** A metric value in its unit: "82%", "3 min", "4.6", "120 reviews/month". */
  public static String metric(Metric metric, double value, Language language) {
    return switch (metric.unit()) {
      case PERCENT -> percent(value);
      case DURATION -> duration(value, language);
      default -> metric.label().isEmpty() ? Quantities.formatNumber(value) : Quantities.formatNumber(value) + " " + metric.label();
    };
  }

  /** A friction score with one decimal. */
  public static String friction(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
