package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as a journey read from standard input, {@code -o -} for one output, and the JSON documents. */
class StandardStreamsTest {

  private static final Path JOURNEYS = Path.of("..", "journeys");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID = "slippers: 1\nid: ok\ntitle: OK\nstages:\n  - {id: a, name: A, outcome: success}\n";
  private static final String INVALID = "slippers: 1\nid: bad\ntitle: Bad\nstages:\n  - {id: a, name: A, outcom: success}\n";

  @TempDir Path dir;

  /** A bundled journey that includes no catalogue, so that it reads the same from standard input. */
  private static String labTests() throws Exception {
    return Files.readString(JOURNEYS.resolve("lab-tests.yaml"));
  }

  @Test
  void validateReadsStandardInputAndNamesItStdin() {
    CliRun ok = CliRun.withStdin(VALID, "validate", "-");
    assertEquals(ExitCode.OK, ok.exitCode(), ok.err());
    assertEquals("ok: 1 journey valid, 0 warnings\n", ok.err());
    CliRun bad = CliRun.withStdin(INVALID, "validate", "-");
    assertEquals(ExitCode.PROBLEMS, bad.exitCode());
    assertTrue(bad.out().contains("<stdin>:5:22: error: unknown key 'outcom'"), bad.out());
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    CliRun run = CliRun.withStdin(VALID, "validate", "-", "-");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("standard input can be read once"), run.err());
  }

  @Test
  void includesOfAJourneyOnStandardInputResolveFromTheCurrentFolder() throws Exception {
    String yaml = Files.readString(JOURNEYS.resolve("curtain-cleaning.yaml"))
        .replace("include: [catalogue.yaml]", "include: [../journeys/catalogue.yaml]");
    CliRun run = CliRun.withStdin(yaml, "validate", "--root", "..", "-");
    assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
    CliRun outside = CliRun.withStdin(yaml, "validate", "-");
    assertEquals(ExitCode.PROBLEMS, outside.exitCode(), "the current folder is the root without --root");
    assertTrue(outside.out().contains("outside the journeys' root"), outside.out());
  }

  @Test
  void validateJsonHoldsFormatCountsAndEveryProblem() throws Exception {
    CliRun run = CliRun.withStdin(INVALID, "validate", "--format", "json", "-");
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("slippers-validate/1", root.get("format").asText());
    assertFalse(root.get("valid").asBoolean());
    assertEquals(2, root.get("errors").asInt(), "the unknown key and, so, no outcome");
    JsonNode problem = first(root.get("problems"), "key.unknown");
    assertEquals("<stdin>", problem.get("file").asText());
    assertEquals(5, problem.get("line").asInt());
    assertEquals(22, problem.get("column").asInt());
    assertEquals("error", problem.get("severity").asText());
    assertEquals("key.unknown", problem.get("rule").asText());
    assertTrue(problem.get("message").asText().contains("outcom"));
    assertTrue(problem.has("hint"));
    assertEquals("", run.err(), "in JSON the problems are in the document");
  }

  @Test
  void analyzeJsonOfAnInvalidJourneyIsStillADocumentWithTheProblems() throws Exception {
    CliRun run = CliRun.withStdin(INVALID, "analyze", "--format", "json", "-");
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("slippers-analysis/2", root.get("format").asText());
    assertFalse(root.get("valid").asBoolean());
    assertEquals("<stdin>", first(root.get("problems"), "key.unknown").get("file").asText());
    assertFalse(run.err().contains("key.unknown"), "problems are not repeated as text: " + run.err());
  }

  @Test
  void analyzeJsonFromStandardInputCarriesFormatAndProblems() throws Exception {
    CliRun run = CliRun.withStdin(labTests(), "analyze", "--format", "json", "-");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("slippers-analysis/2", root.get("format").asText());
    assertEquals("lab-tests", root.get("journey").asText());
    assertTrue(root.get("problems").isArray());
    assertCamelCase(root, "");
  }

  @Test
  void diffTakesOneSideFromStandardInputAndSpeaksCamelCase() throws Exception {
    Path old = JOURNEYS.resolve("lab-tests.yaml");
    CliRun run = CliRun.withStdin(labTests().replace("severity: 2\n", "severity: 4\n"), "diff", "--format", "json",
        old.toString(), "-");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("slippers-diff/2", root.get("format").asText());
    assertTrue(root.has("metricMoves"));
    assertFalse(root.has("metric_moves"));
    assertTrue(root.at("/experience").has("churnPenalty"));
    assertTrue(root.get("problems").isArray());
    assertCamelCase(root, "");
    CliRun both = CliRun.withStdin(labTests(), "diff", "-", "-");
    assertEquals(ExitCode.USAGE_OR_IO, both.exitCode());
  }

  @Test
  void reportToStandardOutputPrintsOneJsonReport() throws Exception {
    CliRun run = CliRun.withStdin(labTests(), "report", "-", "--format", "json", "-o", "-");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    assertEquals("slippers-report/1", root.get("format").asText());
    assertEquals("lab-tests", root.get("journeyId").asText());
    assertTrue(root.get("problems").isArray());
    CliRun markdown = CliRun.withStdin(labTests(), "report", "-", "-o", "-");
    assertEquals(ExitCode.OK, markdown.exitCode(), markdown.err());
    assertTrue(markdown.out().startsWith("#"), markdown.out());
    CliRun two = CliRun.of("report", "--format", "md,json", "-o", "-", JOURNEYS.resolve("shirt-store.yaml").toString());
    assertEquals(ExitCode.USAGE_OR_IO, two.exitCode());
    assertTrue(two.err().contains("-o - (standard output) takes a single output"), two.err());
    assertFalse(Files.exists(Path.of("-")), "no folder named '-'");
  }

  @Test
  void renderPrintsOneSvgToStandardOutputAndRefusesSeveral() throws Exception {
    CliRun svg = CliRun.withStdin(labTests(), "render", "-", "--format", "svg", "-o", "-");
    assertEquals(ExitCode.OK, svg.exitCode(), svg.err());
    assertTrue(svg.out().contains("<svg"), svg.out().substring(0, Math.min(200, svg.out().length())));
    assertTrue(svg.out().strip().endsWith("</svg>"));
    CliRun all = CliRun.of("render", JOURNEYS.resolve("shirt-store.yaml").toString(), "-o", "-");
    assertEquals(ExitCode.USAGE_OR_IO, all.exitCode());
    assertTrue(all.err().contains("choose one"), all.err());
    CliRun png = CliRun.of("render", JOURNEYS.resolve("shirt-store.yaml").toString(), "--format", "png", "-o", "-");
    assertEquals(ExitCode.USAGE_OR_IO, png.exitCode());
    assertTrue(png.err().contains("binary"), png.err());
    CliRun folder = CliRun.of("render", JOURNEYS.toString(), "--format", "svg", "-o", "-");
    assertEquals(ExitCode.USAGE_OR_IO, folder.exitCode());
    assertFalse(Files.exists(Path.of("-")), "no folder named '-'");
  }

  @Test
  void exportAndWalkReadStandardInputAndPrintTheirOneOutput() throws Exception {
    CliRun export = CliRun.withStdin(labTests(), "export", "--format", "mermaid", "-", "-o", "-");
    assertEquals(ExitCode.OK, export.exitCode(), export.err());
    assertTrue(export.out().startsWith("journey\n"), export.out());
    // A walk is one page, so -o - prints it, as render -o - prints one picture.
    CliRun walk = CliRun.withStdin(labTests(), "walk", "-", "-o", "-");
    assertEquals(ExitCode.OK, walk.exitCode(), walk.err());
    assertTrue(walk.out().startsWith("<!DOCTYPE html>") && walk.out().contains("data-stage=\"book\""), walk.out());
    CliRun build = CliRun.of("build", JOURNEYS.toString(), "-o", "-");
    assertEquals(ExitCode.USAGE_OR_IO, build.exitCode());
    assertFalse(Files.exists(Path.of("-")), "no folder named '-'");
  }

  private static JsonNode first(JsonNode problems, String rule) {
    for (JsonNode problem : problems) {
      if (problem.get("rule").asText().equals(rule)) {
        return problem;
      }
    }
    throw new AssertionError("no problem " + rule + " in " + problems);
  }

  /** Every key is camelCase, except those that are names from the journey (outcomes, stage ids). */
  private static void assertCamelCase(JsonNode node, String at) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    boolean userKeys = at.endsWith("/outcomes") || at.endsWith("Probabilities") || at.endsWith("/byOutcome");
    for (String name : names) {
      if (!userKeys) {
        assertTrue(name.matches("[a-z][A-Za-z0-9]*"), "key '" + name + "' at " + at + " is not camelCase");
      }
      assertCamelCase(node.get(name), at + "/" + name);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertCamelCase(node.get(i), at + "/" + i);
      }
    }
  }
}
