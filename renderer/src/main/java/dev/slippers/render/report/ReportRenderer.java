package dev.slippers.render.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slippers.render.template.Templates;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders friction reports and portfolios: self-contained HTML (inline CSS, no scripts, no network),
 * Markdown for a pull-request comment, and JSON. Returns documents; the caller writes files.
 */
public final class ReportRenderer {

  /**
   * Records serialise in the order of their components, which is the documented order of the
   * report; keys in snake_case like every other JSON Slippers writes.
   */
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ReportRenderer() {}

  public static String html(FrictionReport report) {
    return Templates.shared().render("report/report.ftlh", Map.of("r", report, "t", PageText.of(report.language())));
  }

  public static String markdown(FrictionReport report) {
    return Templates.shared().render("report/report.ftlmd", Map.of("r", report, "t", PageText.of(report.language())));
  }

  public static String json(FrictionReport report) {
    return toJson(report);
  }

  public static String html(Portfolio portfolio) {
    return Templates.shared().render("report/portfolio.ftlh", Map.of("p", portfolio));
  }

  public static String markdown(Portfolio portfolio) {
    return Templates.shared().render("report/portfolio.ftlmd", Map.of("p", portfolio));
  }

  public static String json(Portfolio portfolio) {
    return toJson(portfolio);
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
