package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code walk --format json}, and {@code --summary json} on render and build: one document, problems inside. */
class JsonSummariesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JOURNEYS = Path.of("..", "journeys");
  private static final String INVALID = "slippers: 1\nid: bad\ntitle: Bad\nstages:\n  - {id: a, name: A, outcom: success}\n";

  @TempDir Path dir;

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.get(field).asText()));
    return values;
  }

  @Test
  void walkAsJsonGivesTheStepsOfTheMostLikelyPathWithTheirFigures() throws Exception {
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(ReportCommandTest.load("shirt-store.yaml"));
    CliRun run = CliRun.of("walk", "../journeys/shirt-store.yaml", "--format", "json");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode walk = JSON.readTree(run.out());
    assertEquals("slippers-walk/1", walk.get("format").asText());
    assertTrue(walk.get("valid").asBoolean());
    assertEquals("shirt-store", walk.get("journey").asText());
    assertEquals("most-likely", walk.at("/path/name").asText());
    List<String> path = analysis.paths().mostLikely().orElseThrow().stages();
    assertEquals(path, JSON.convertValue(walk.at("/path/stages"), List.class));
    assertEquals(path, texts(walk.get("steps"), "stage"));
    JsonNode first = walk.get("steps").get(0);
    assertEquals(1, first.get("number").asInt());
    assertEquals("need", first.get("stage").asText());
    assertEquals(1.0, first.get("reach").asDouble());
    assertEquals(analysis.stage("need").orElseThrow().friction(), first.get("friction").asDouble(), 1e-12);
    // journeys/shirt-store.yaml: browse-catalogue takes 15m; size-uncertainty meets 60% of customers.
    assertEquals("browse-catalogue", first.at("/touchpoints/0/id").asText());
    assertEquals(900, first.at("/touchpoints/0/durationSeconds").asInt());
    assertEquals("size-uncertainty", first.at("/painPoints/0/id").asText());
    assertEquals(0.6, first.at("/painPoints/0/frequency").asDouble());
    assertEquals(3, first.at("/painPoints/0/severity").asInt());
    assertEquals(0, walk.get("problems").size());
    assertTrue(run.out().contains("\"painPoints\"") && !run.out().contains("pain_points"), "keys are camelCase");
  }

  @Test
  void walkAsJsonWritesAFileWithOutputAndAnInvalidJourneyStillGivesADocument() throws Exception {
    CliRun printed = CliRun.of("walk", "../journeys/shirt-store.yaml", "--format", "json", "--path", "highest-friction");
    CliRun written = CliRun.of("walk", "../journeys/shirt-store.yaml", "--format", "json", "--path", "highest-friction",
        "-o", dir.toString());
    assertEquals(ExitCode.OK, written.exitCode(), written.err());
    assertEquals(printed.out(), Files.readString(dir.resolve("shirt-store-walk.json")));

    CliRun bad = CliRun.withStdin(INVALID, "walk", "-", "--format", "json");
    assertEquals(ExitCode.PROBLEMS, bad.exitCode());
    JsonNode doc = JSON.readTree(bad.out());
    assertEquals("slippers-walk/1", doc.get("format").asText());
    assertFalse(doc.get("valid").asBoolean());
    assertEquals("<stdin>", doc.at("/problems/0/file").asText());
    assertTrue(texts(doc.get("problems"), "rule").contains("key.unknown"), doc.toString());
    assertEquals("slippers: - has errors; they are in the JSON document's problems\n", bad.err());
  }

  @Test
  void theHtmlWalkStillNeedsAFolderOrStandardOutput() {
    CliRun run = CliRun.of("walk", "../journeys/shirt-store.yaml");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("the HTML walk needs -o DIR"), run.err());
    CliRun out = CliRun.of("walk", "../journeys/lab-tests.yaml", "-o", "-");
    assertEquals(ExitCode.OK, out.exitCode(), out.err());
    assertTrue(out.out().startsWith("<!DOCTYPE html>"), out.out().substring(0, 40));
  }

  @Test
  void renderSummaryListsTheFilesWrittenAndTheProblemsOfTheJourneysLeftOut() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(JOURNEYS.resolve("lab-tests.yaml"), in.resolve("lab-tests.yaml"));
    Files.writeString(in.resolve("bad.yaml"), INVALID);
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("render", in.toString(), "-o", out.toString(), "--format", "svg,graph", "--summary", "json");
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertEquals("slippers: some journeys have errors; they are in the JSON document's problems\n", run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("slippers-render/1", doc.get("format").asText());
    assertFalse(doc.get("valid").asBoolean());
    assertEquals(List.of("svg", "graph"), texts(doc.get("written"), "kind"));
    assertEquals(List.of(out.resolve("lab-tests.svg").toString(), out.resolve("lab-tests-graph.svg").toString()),
        texts(doc.get("written"), "file"));
    assertEquals(Set.of("lab-tests.svg", "lab-tests-graph.svg"), names(out));
    assertEquals(in.resolve("bad.yaml").toString(), doc.at("/problems/0/file").asText());
    assertEquals(0, doc.get("skipped").size());
  }

  @Test
  void renderSummaryHasNoMeaningForAPictureOnStandardOutput() {
    CliRun run = CliRun.of("render", "../journeys/lab-tests.yaml", "-o", "-", "--format", "svg", "--summary", "json");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void buildSummaryListsEveryFileOfTheFolderItWrote() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(JOURNEYS.resolve("lab-tests.yaml"), in.resolve("lab-tests.yaml"));
    Path out = dir.resolve("site");
    CliRun run = CliRun.of("build", in.toString(), "-o", out.toString(), "--format", "svg", "--quiet", "--summary", "json");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("slippers-build/1", doc.get("format").asText());
    assertTrue(doc.get("valid").asBoolean());
    assertEquals(List.of("svg", "report-html", "report-md", "report-json", "walk", "portfolio-html", "portfolio-md",
        "portfolio-json", "index"), texts(doc.get("written"), "kind"));
    Set<String> listed = new TreeSet<>();
    doc.get("written").forEach(w -> listed.add(Path.of(w.get("file").asText()).getFileName().toString()));
    assertEquals(names(out), listed);
    assertEquals("lab-tests", doc.at("/written/0/journey").asText());
    assertTrue(doc.at("/written/8/journey").isNull());
  }

  /** The outputs in a folder, without Slippers' own list of them and its lock. */
  private static Set<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".slippers-outputs"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }
}
