package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.json.AnalysisJson;
import dev.slippers.analysis.text.AnalysisText;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.synthetic.SyntheticJourneys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws every analysis obeys, checked on the test fixtures, on every bundled journey
 * ({@code journeys/*.yaml} at the repository root, when the folder exists) and on synthetic journeys.
 */
class AnalysisInvariantsTest {

  private static final Path BUNDLED = Path.of("..", "journeys");

  @TestFactory
  Stream<DynamicTest> everyJourneyObeysTheLaws() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("marketplace fixture", () -> check(Fixtures.marketplace())));
    tests.add(DynamicTest.dynamicTest("support-loop fixture", () -> check(Fixtures.analysisFixture("support-loop.yaml"))));
    for (long seed = 1; seed <= 5; seed++) {
      long s = seed;
      tests.add(DynamicTest.dynamicTest("synthetic seed " + s, () -> check(SyntheticJourneys.generate(40 + 30 * (int) s, s))));
    }
    if (Files.isDirectory(BUNDLED)) {
      for (Path file : JourneyLoader.discover(BUNDLED)) {
        tests.add(DynamicTest.dynamicTest("bundled " + file.getFileName(), () -> {
          LoadResult loaded = new JourneyLoader(BUNDLED).load(file);
          if (loaded.isCatalogue()) {
            return;
          }
          assertFalse(loaded.hasErrors(), () -> file + " is invalid: " + loaded.diagnostics());
          check(loaded.journey().orElseThrow());
        }));
      }
    }
    return tests.stream();
  }

  static void check(Journey journey) {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(journey);
    double total = a.outcomes().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, total, 1e-9, "outcomes add up to 1");
    a.outcomes().values().forEach(p -> assertTrue(p >= -1e-12 && p <= 1 + 1e-12, "probability " + p));
    assertEquals(journey.stages().size(), a.stages().size());
    for (StageFriction s : a.stages()) {
      assertTrue(s.reachProbability() <= 1 + 1e-9 && s.reachProbability() >= 0, s.toString());
      assertTrue(s.reachProbability() <= s.expectedVisits() + 1e-9, "reach <= visits at " + s.stageId());
      double sum = s.contributions().stream().mapToDouble(Contribution::amount).sum();
      assertEquals(s.friction(), sum, 1e-9, "friction is the sum of its contributions at " + s.stageId());
      s.contributions().forEach(c -> assertTrue(c.amount() >= 0, c.toString()));
    }
    assertEquals(1.0, a.stage(journey.entry()).orElseThrow().reachProbability(), 1e-9, "the entry is always reached");
    List<JourneyPath> likely = a.paths().likely();
    for (int i = 1; i < likely.size(); i++) {
      assertTrue(likely.get(i - 1).probability() >= likely.get(i).probability() - 1e-15, "likely paths in order");
    }
    for (int i = 1; i < a.paths().friction().size(); i++) {
      assertTrue(a.paths().friction().get(i - 1).friction() >= a.paths().friction().get(i).friction());
    }
    for (JourneyPath p : likely) {
      assertEquals(journey.entry(), p.stages().get(0));
      assertEquals(p.stages().size(), p.stages().stream().distinct().count(), "paths are simple");
    }
    assertTrue(likely.stream().mapToDouble(JourneyPath::probability).sum() <= 1 + 1e-9);
    String json = AnalysisJson.write(a);
    assertEquals(json, AnalysisJson.write(new JourneyAnalyzer().analyze(journey)), "JSON identical from run to run");
    assertFalse(json.contains("NaN") || json.contains("Infinity"));
    assertFalse(AnalysisText.render(journey, a, Optional.empty()).isBlank());
  }
}
