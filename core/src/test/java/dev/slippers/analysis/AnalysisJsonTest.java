package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.json.AnalysisJson;
import dev.slippers.analysis.text.AnalysisText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract and the text summary, compared whole with golden files (regenerate them with
 * {@code -Dslippers.updateGolden=true} and review the diff).
 */
class AnalysisJsonTest {

  private static final Path GOLDEN = Path.of("src/test/resources/analysis");

  private static void assertGolden(String name, String actual) throws Exception {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("slippers.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing: run with -Dslippers.updateGolden=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }

  @Test
  void theJsonOfTheHandWorkedJourneyMatchesItsGoldenFile() throws Exception {
    var journey = Fixtures.analysisFixture("support-loop.yaml");
    WhatIf whatIf = WhatIf.of(journey, new AnalysisOptions(5, List.of("slow-reply")));
    assertGolden("support-loop.json", AnalysisJson.write(new JourneyAnalyzer().analyze(journey)));
    assertGolden("support-loop-fix.json", AnalysisJson.write(whatIf.after(), Optional.of(whatIf)));
  }

  @Test
  void theTextSummaryMatchesItsGoldenFile() throws Exception {
    var journey = Fixtures.marketplace();
    WhatIf whatIf = WhatIf.of(journey, new AnalysisOptions(5, List.of("size-uncertainty")));
    assertGolden("marketplace.txt", AnalysisText.render(journey, new JourneyAnalyzer().analyze(journey), Optional.empty()));
    assertGolden("marketplace-fix.txt", AnalysisText.render(journey, whatIf.after(), Optional.of(whatIf)));
  }

  @Test
  void theJsonHoldsTheContractFieldsAsPlainNumbers() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AnalysisJson.write(new JourneyAnalyzer().analyze(Fixtures.marketplace())));
    for (String field : List.of("journey", "outcomes", "expectedDurationSeconds", "stages", "paths", "loops",
        "unreachable", "deadEnds", "bottlenecks", "channelSwitches", "breaches")) {
      assertTrue(json.has(field), field);
    }
    assertTrue(json.get("outcomes").has("lost"));
    JsonNode stage = json.get("stages").get(0);
    assertEquals(List.of("id", "friction", "reachProbability", "expectedVisits", "contributions"),
        List.copyOf(iterable(stage.fieldNames())));
    assertTrue(stage.get("friction").isNumber());
    JsonNode path = json.get("paths").get("likely").get(0);
    assertEquals(List.of("stages", "outcome", "probability", "friction"), List.copyOf(iterable(path.fieldNames())));
    assertTrue(json.get("paths").has("friction"));
    assertTrue(json.get("loops").get(0).has("stages"));
  }

  @Test
  void longListsInTheTextAreCutWithACount() {
    var journey = dev.slippers.synthetic.SyntheticJourneys.generate(300, 2);
    String text = AnalysisText.render(journey, new JourneyAnalyzer().analyze(journey), Optional.empty());
    long stageLines = text.lines().dropWhile(l -> !l.startsWith("Stages, most friction felt first")).skip(1)
        .takeWhile(l -> l.startsWith("  ")).filter(l -> !l.startsWith("      ")).count();
    assertEquals(AnalysisText.LIST_LIMIT + 1, stageLines, text);
    assertTrue(text.contains(" more (--format json lists them all)\n"), text);
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
