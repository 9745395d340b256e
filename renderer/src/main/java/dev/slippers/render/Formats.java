package dev.slippers.render;

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

  /** A plain number with at most two decimals and no trailing zeros. */
  public static String number(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    return "-0".equals(text) ? "0" : text;
  }

  /** A duration in seconds as "45 s", "5 min", "1 h 30 min", "3 d". */
  public static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      long m = Math.round(s / 60.0);
      return m + " min";
    }
    if (s < 86_400) {
      long h = s / 3600;
      long m = Math.round((s % 3600) / 60.0);
      return m == 0 ? h + " h" : h + " h " + m + " min";
    }
    return number(s / 86_400.0) + " d";
  }

  public static String duration(Duration duration) {
    return duration(duration.toMillis() / 1000.0);
  }

  /** A metric value in its unit: "82%", "3 min", "4.6", "120 reviews/month". */
  public static String metric(Metric metric, double value) {
    return switch (metric.unit()) {
      case PERCENT -> percent(value);
      case DURATION -> duration(value);
      default -> metric.label().isEmpty() ? number(value) : number(value) + " " + metric.label();
    };
  }

  /** A friction score with one decimal. */
  public static String friction(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
