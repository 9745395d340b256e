package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What {@code slippers export --format mermaid} and {@code mermaid-flowchart} write for every
 * bundled journey is parsed by the real Mermaid parser (npm {@code mermaid} in node, with
 * {@code jsdom} for the DOM it expects; {@code cli/src/test/node}, installed by {@code .ci/run}), so
 * GitHub and every other Mermaid renderer draw it. Skipped only when node or the packages are missing.
 */
class MermaidParsesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path NODE_TOOLS = Path.of("src/test/node");

  private static void assumeNodeTools() {
    Assumptions.assumeTrue(Files.isDirectory(NODE_TOOLS.resolve("node_modules/mermaid")),
        "npm packages missing: run 'npm ci' in cli/src/test/node (.ci/run does)");
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      Assumptions.assumeTrue(node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0, "node is missing");
    } catch (IOException | InterruptedException e) {
      Assumptions.abort("node is missing: " + e.getMessage());
    }
  }

  @Test
  void everyBundledJourneyExportsMermaidThatMermaidItselfParses() throws Exception {
    assumeNodeTools();
    List<Path> journeys;
    try (Stream<Path> files = Files.list(Path.of("../journeys"))) {
      journeys = files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("catalogue.yaml"))
          .sorted().toList();
    }
    assertTrue(journeys.size() >= 7, journeys.toString());
    ArrayNode diagrams = JSON.createArrayNode();
    List<String> names = new ArrayList<>();
    for (Path journey : journeys) {
      for (String format : List.of("mermaid", "mermaid-flowchart")) {
        CliRun run = CliRun.of("export", "--format", format, journey.toString());
        assertEquals(0, run.exitCode(), journey + " " + format + ": " + run.err());
        String name = journey.getFileName() + " " + format;
        names.add(name);
        diagrams.addObject().put("name", name).put("text", run.out());
      }
    }
    // Two diagrams Mermaid must refuse, so that a parser accepting anything cannot pass this test.
    diagrams.addObject().put("name", "broken journey").put("text", "journey\n  title T\n  section A\n    Task without score\n");
    diagrams.addObject().put("name", "broken flowchart").put("text", "flowchart LR\n  a -->\n");

    JsonNode results = parse(diagrams);
    assertEquals(diagrams.size(), results.size());
    for (int i = 0; i < names.size(); i++) {
      JsonNode result = results.get(i);
      assertEquals(names.get(i), result.get("name").asText());
      String expected = names.get(i).endsWith("mermaid-flowchart") ? "flowchart-v2" : "journey";
      assertEquals(expected, result.path("diagramType").asText(), names.get(i) + ": " + result.path("error").asText());
    }
    for (int i = names.size(); i < results.size(); i++) {
      assertTrue(results.get(i).path("error").asText().startsWith("Parse error on line "), results.get(i).toString());
    }
  }

  private static JsonNode parse(ArrayNode diagrams) throws Exception {
    Process node = new ProcessBuilder("node", "mermaid-check.mjs").directory(NODE_TOOLS.toFile()).start();
    try (OutputStream in = node.getOutputStream()) {
      in.write(JSON.writeValueAsBytes(diagrams));
    }
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
    assertEquals(0, node.exitValue(), err);
    return JSON.readTree(out);
  }
}
