package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The friction report of a calibrated journey: the bundled shirt store calibrated against its simulated
 * log ({@code calibrate --write}) carries counts on every stage, so {@code slippers report} shows 95%
 * intervals from the same draws as {@code analyze --samples}, and every figure lies inside its interval.
 */
class ReportEvidenceCommandTest {

  @TempDir static Path dir;
  static Path calibrated;

  @BeforeAll
  static void calibrate() {
    calibrated = dir.resolve("shirt-store-calibrated.yaml");
    CliRun run = CliRun.of("calibrate", "../journeys/shirt-store.yaml",
        "--events", "../examples/evidence/shirt-store-events.csv", "--write", calibrated.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void everyFigureOfTheCalibratedShirtStoreLiesInsideItsIntervalAndTheTopShareSumToAtMostOne() throws Exception {
    CliRun run = CliRun.of("report", calibrated.toString(), "-o", "-", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    JsonNode evidence = report.get("evidence");
    assertTrue(evidence.get("measured").asBoolean(), evidence.toString());
    assertEquals(1000, evidence.get("samples").asInt());
    assertEquals(9, evidence.get("seed").asInt());
    assertInside(evidence.get("success"), report.get("success").asDouble());
    assertInside(evidence.get("value"), report.get("value").get("expectedPerPeriod").asDouble());
    double top = 0;
    int withBands = 0;
    for (JsonNode pain : report.get("topPains")) {
      JsonNode band = pain.get("uncertainty");
      if (band.isNull()) {
        assertFalse(pain.get("effectDeclared").asBoolean(), pain.toString());
        continue;
      }
      withBands++;
      assertInside(band.get("ifFixed"), pain.get("valueIfFixed").asDouble());
      double p = band.get("probabilityTop").asDouble();
      assertTrue(p >= 0 && p <= 1, pain.toString());
      top += p;
    }
    assertEquals(3, withBands, "wrong-fit, single-size-only and size-uncertainty declare an effect on the flow");
    assertTrue(top <= 1 + 1e-9, "the top-fix shares of the pains shown sum to " + top);
    // Every stage the log saw is measured; the notes carry nothing to explain for 5,000 cases.
    for (JsonNode stage : evidence.get("stages")) {
      assertTrue(stage.get("measured").asBoolean(), stage.toString());
    }
    assertEquals(0, evidence.get("notes").size(), evidence.toString());
    assertTrue(evidence.get("summary").asText().startsWith("Every stage's shares are measured from an event log's counts. "
        + "Intervals are 95%"), evidence.toString());
  }

  /** The report's intervals are analyze --samples 1000's, from the same code and seed. */
  @Test
  void theReportAndAnalyzeDrawTheSameIntervals() throws Exception {
    JsonNode report = new ObjectMapper().readTree(CliRun.of("report", calibrated.toString(), "-o", "-", "--format", "json",
        "--samples", "400", "--seed", "5").out());
    JsonNode analysis = new ObjectMapper().readTree(CliRun.of("analyze", calibrated.toString(), "--format", "json",
        "--samples", "400", "--seed", "5").out());
    JsonNode success = analysis.get("uncertainty").get("success");
    assertEquals(success.get("low").asDouble(), report.get("evidence").get("success").get("low").asDouble(), 1e-6);
    assertEquals(success.get("high").asDouble(), report.get("evidence").get("success").get("high").asDouble(), 1e-6);
    assertEquals(400, report.get("evidence").get("samples").asInt());
  }

  @Test
  void theHtmlAndMarkdownSayWhichSharesAreMeasured() throws Exception {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", calibrated.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out.resolve("shirt-store-report.html"));
    assertTrue(html.contains("<h2 id=\"evidence\">Evidence behind the shares</h2>"), html);
    assertTrue(html.contains("measured (n = 5\u202F139)"), html);
    assertTrue(html.contains("95% intervals from 1000 journeys drawn from the counts (seed 9)"), html);
    String markdown = Files.readString(out.resolve("shirt-store-report.md"));
    assertTrue(markdown.contains("### Evidence behind the shares"), markdown);
    // The interval of fixing the wrong fit sits right after the figure it qualifies.
    assertTrue(java.util.regex.Pattern.compile("alone about \\+5\\.1\u00a0M\u00a0RUB per month "
        + "\\(95%: \\+[0-9.]+\u00a0M\u00a0RUB to \\+[0-9.]+\u00a0M\u00a0RUB\\), success \\+19\\.7\u00a0pp; top fix in 100% of draws; ")
        .matcher(markdown).find(),
        markdown);
  }

  @Test
  void badSamplesAreRefused() {
    CliRun run = CliRun.of("report", calibrated.toString(), "--samples", "0");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--samples must be between 1 and 1000000, was 0"), run.err());
  }

  private static void assertInside(JsonNode band, double point) {
    assertEquals(point, band.get("point").asDouble(), 1e-6, band.toString());
    assertTrue(band.get("inside").asBoolean(), band.toString());
    assertTrue(band.get("low").asDouble() <= point && point <= band.get("high").asDouble(),
        point + " outside " + band);
  }
}
