package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Transition;
import dev.slippers.synthetic.SyntheticJourneys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The graph of a journey with pains fixed, built from the unfixed journey's graph
 * ({@link StageGraph#of(Journey, StageGraph)}, as the pain attribution does thousands of times), is
 * the graph built from scratch: every array equal, on every bundled journey and on synthetic ones,
 * for each pain fixed alone and for all of them fixed.
 */
class StageGraphVariantTest {

  private static final Path BUNDLED = Path.of("..", "journeys");

  @TestFactory
  Stream<DynamicTest> aFixedVariantSharesTheStructureAndGetsTheSameArrays() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (long seed = 1; seed <= 4; seed++) {
      Journey journey = SyntheticJourneys.generate(30 + 20 * (int) seed, seed);
      tests.add(DynamicTest.dynamicTest("synthetic seed " + seed, () -> checkVariants(journey)));
    }
    if (Files.isDirectory(BUNDLED)) {
      for (Path file : JourneyLoader.discover(BUNDLED)) {
        LoadResult loaded = new JourneyLoader(BUNDLED).load(file);
        if (!loaded.isCatalogue()) {
          tests.add(DynamicTest.dynamicTest("bundled " + file.getFileName(),
              () -> checkVariants(loaded.journey().orElseThrow())));
        }
      }
    }
    return tests.stream();
  }

  private static void checkVariants(Journey journey) {
    StageGraph base = StageGraph.of(journey);
    List<String> pains = journey.painPoints().stream().map(PainPoint::id).toList();
    List<List<String>> fixes = new ArrayList<>();
    pains.forEach(p -> fixes.add(List.of(p)));
    fixes.add(pains);
    int shared = 0;
    for (List<String> fix : fixes) {
      Journey fixed = PainFixes.apply(journey, fix);
      StageGraph variant = StageGraph.of(fixed, base);
      assertSameGraph(StageGraph.of(fixed), variant, fix.toString());
      shared += variant.components == base.components ? 1 : 0;
    }
    assertEquals(fixes.size(), shared, "every variant reuses the structure");
  }

  @Test
  void aVariantThatJoinsOtherStagesIsBuiltFromScratch() {
    Journey journey = Fixtures.analysisFixture("support-loop.yaml");
    StageGraph base = StageGraph.of(journey);
    // The same stages, one transition fewer: the joins differ, so nothing of the base may be reused.
    List<Transition> fewer = new ArrayList<>(journey.transitions());
    fewer.remove(fewer.size() - 1);
    Journey other = new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), journey.stages(), fewer,
        journey.scoring(), journey.economics(), journey.description());
    StageGraph variant = StageGraph.of(other, base);
    assertSameGraph(StageGraph.of(other), variant, "one transition fewer");
    assertNotSame(base.components, variant.components);
    assertSame(base.components, StageGraph.of(journey, base).components, "the same journey shares them");
  }

  private static void assertSameGraph(StageGraph expected, StageGraph actual, String what) {
    assertEquals(expected.stages, actual.stages, what);
    assertEquals(expected.index, actual.index, what);
    assertEquals(expected.entry, actual.entry, what);
    assertArrayEquals(expected.outcome, actual.outcome, what);
    assertArrayEquals(expected.leak, actual.leak, what);
    assertArrayEquals(expected.component, actual.component, what);
    assertArrayEquals(expected.cyclic, actual.cyclic, what);
    assertEquals(expected.components.length, actual.components.length, what);
    for (int c = 0; c < expected.components.length; c++) {
      assertArrayEquals(expected.components[c], actual.components[c], what);
    }
    for (int i = 0; i < expected.stages.size(); i++) {
      assertArrayEquals(expected.successors[i], actual.successors[i], what);
      assertArrayEquals(expected.probabilities[i], actual.probabilities[i], what);
      assertArrayEquals(expected.predecessors[i], actual.predecessors[i], what);
      assertArrayEquals(expected.predecessorProbabilities[i], actual.predecessorProbabilities[i], what);
    }
    assertTrue(Flow.of(expected).outcomes.equals(Flow.of(actual).outcomes), what);
  }
}
