package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  static final Path JOURNEYS = Path.of("../journeys");

  @TempDir Path out;

  static Journey load(String name) {
    return new JourneyLoader(JOURNEYS).load(JOURNEYS.resolve(name)).validJourney().orElseThrow();
  }

  @Test
  void printsMarkdownLedByTheAnalysisTopPainPoint() {
    Journey store = load("shirt-store.yaml");
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(store);
    String top = analysis.painPoints().get(0).painPointId();
    String description = store.painPoints().stream().filter(p -> p.id().equals(top)).findFirst().orElseThrow().description();

    CliRun run = CliRun.of("report", "../journeys/shirt-store.yaml");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("## Friction report: "), run.out());
    assertTrue(run.out().contains("| 1 | " + description + " | "), run.out());
  }

  @Test
  void writesHtmlMarkdownAndJsonWithTheAnalysisNumbers() throws Exception {
    CliRun run = CliRun.of("report", "../journeys/shirt-store.yaml", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String ext : List.of("html", "md", "json")) {
      assertTrue(Files.isRegularFile(out.resolve("shirt-store-report." + ext)), ext);
    }
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(load("shirt-store.yaml"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("shirt-store-report.json").toFile());
    assertEquals(analysis.successProbability(), json.get("success").asDouble(), 1e-9);
    assertEquals(analysis.totalFriction(), json.get("friction").asDouble(), 1e-9);
    List<String> ranked = new ArrayList<>();
    json.get("topPains").forEach(p -> ranked.add(p.get("id").asText()));
    assertEquals(analysis.painPoints().stream().limit(5).map(p -> p.painPointId()).toList(), ranked);
    assertTrue(json.at("/topPains/0/whatIf").asText().contains("success +"), "a what-if for each top pain point");
    assertTrue(!Files.exists(out.resolve("portfolio.html")), "one journey file: no portfolio");
  }

  @Test
  void folderReportAddsAPortfolioRankedByValueAtRisk() throws Exception {
    CliRun run = CliRun.of("report", "../journeys", "-o", out.toString(), "--format", "json,md");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(!Files.exists(out.resolve("portfolio.html")), "html was not asked for");
    JsonNode rows = new ObjectMapper().readTree(out.resolve("portfolio.json").toFile()).get("rows");
    assertTrue(rows.size() >= 3);
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).get("atRisk").asDouble() >= rows.get(i).get("atRisk").asDouble(), "ranked by value at risk");
    }
    List<String> order = new ArrayList<>();
    rows.forEach(r -> order.add(r.get("journeyId").asText()));
    assertTrue(order.indexOf("shirt-store") < order.indexOf("shirt-marketplace"), "as-is rougher than to-be: " + order);
    double storeFriction = new JourneyAnalyzer().analyze(load("shirt-store.yaml")).totalFriction();
    assertEquals(storeFriction, rows.get(order.indexOf("shirt-store")).get("friction").asDouble(), 1e-9);
  }

  @Test
  void invalidJourneyPrintsItsProblemsAndExitsOne() {
    CliRun run = CliRun.of("report", "../core/src/test/resources/invalid/values.yaml");
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertTrue(run.err().contains("values.yaml:"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void neverWritesOverAnInput() throws Exception {
    Path input = out.resolve("shirt-store-report.md");
    String yaml = Files.readString(JOURNEYS.resolve("shirt-store.yaml")).replace("include: [catalogue.yaml]\n", "")
        .replace("persona: planner\n", "").replaceAll("emotion: \\{[^}]*\\}", "emotion: -1")
        .replaceAll("channel: \\w+", "channel: web");
    Files.writeString(input, yaml.replace("language: en\n", "language: en\nchannels: [{id: web, name: Web}]\n"));
    CliRun run = CliRun.of("report", input.toString(), "-o", out.toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode(), run.err() + run.out());
    assertTrue(run.err().contains("is one of the inputs; choose another output folder with -o"), run.err());
    assertTrue(Files.readString(input).startsWith("# yaml-language-server"), "the input is untouched");
  }
}
