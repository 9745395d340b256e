package dev.slippers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled journeys are the examples users copy and the inputs the renderers and reports are
 * shown with, so they must load without a single diagnostic and together cover what the format can
 * express: Russian text, loops, several outcomes, personas, evidence and targets.
 */
class BundledJourneysTest {

  private static final Map<Path, LoadResult> LOADED = new TreeMap<>();
  private static final List<Journey> JOURNEYS = new ArrayList<>();

  @BeforeAll
  static void loadCorpus() throws Exception {
    JourneyLoader loader = new JourneyLoader(Corpus.journeys());
    for (Path file : Corpus.files()) {
      LoadResult result = loader.load(file);
      LOADED.put(file, result);
      result.journey().ifPresent(JOURNEYS::add);
    }
  }

  @TestFactory
  List<DynamicTest> everyFileLoadsWithoutErrorsOrWarnings() {
    return LOADED.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey().getFileName().toString(),
            () -> assertEquals(List.of(), e.getValue().diagnostics().stream().map(d -> d.format()).toList())))
        .toList();
  }

  @Test
  void theCorpusHasSevenJourneysAndItsCatalogue() {
    assertTrue(JOURNEYS.size() >= 7, "journeys: " + ids(JOURNEYS));
    assertTrue(LOADED.values().stream().anyMatch(LoadResult::isCatalogue), "no catalogue among " + LOADED.keySet());
    assertEquals(JOURNEYS.size(), ids(JOURNEYS).stream().distinct().count(), "journey ids must be unique");
  }

  @Test
  void everyJourneyHasFiveToTenStagesAndEconomicsAreCommon() {
    for (Journey journey : JOURNEYS) {
      int stages = journey.stages().size();
      assertTrue(stages >= 5 && stages <= 10, journey.id() + " has " + stages + " stages");
    }
    assertTrue(JOURNEYS.stream().filter(j -> j.economics().isPresent()).count() > JOURNEYS.size() / 2);
  }

  @Test
  void aLongLabelIsThereToTestWrapping() {
    assertTrue(JOURNEYS.stream().flatMap(j -> j.stages().stream()).anyMatch(s -> s.name().length() >= 100),
        "no stage name of 100 characters or more for the renderers' wrapping");
  }

  @Test
  void atLeastTwoJourneysAreInRussian() {
    List<Journey> russian = JOURNEYS.stream().filter(j -> j.language() == Language.RU).toList();
    assertTrue(russian.size() >= 2, "Russian journeys: " + ids(russian));
    for (Journey journey : russian) {
      assertTrue(journey.title().codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
          journey.id() + " is marked ru but its title is not Cyrillic: " + journey.title());
    }
  }

  @Test
  void atLeastOneJourneyLoops() {
    List<Journey> looping = JOURNEYS.stream().filter(j -> new CycleDetector<>(graph(j)).detectCycles()).toList();
    assertFalse(looping.isEmpty(), "no journey has a cycle in its stage graph");
  }

  @Test
  void atLeastOneJourneyHasSeveralOutcomes() {
    List<Journey> branching = JOURNEYS.stream()
        .filter(j -> j.stages().stream().filter(Stage::isOutcome).map(s -> s.outcome().get()).distinct().count() >= 3)
        .toList();
    assertFalse(branching.isEmpty(), "no journey ends in three or more different outcomes");
  }

  @Test
  void everyStageIsReachableFromTheEntry() {
    for (Journey journey : JOURNEYS) {
      Graph<String, DefaultEdge> graph = graph(journey);
      Set<String> reached = new java.util.HashSet<>();
      new BreadthFirstIterator<>(graph, journey.entry()).forEachRemaining(reached::add);
      assertEquals(graph.vertexSet(), reached, journey.id());
    }
  }

  @Test
  void everyJourneyHasPersonasEvidencedPainsAndTargetedMetrics() {
    for (Journey journey : JOURNEYS) {
      assertFalse(journey.personas().isEmpty(), journey.id() + " has no personas");
      assertFalse(journey.painPoints().isEmpty(), journey.id() + " has no pain points");
      for (PainPoint pain : journey.painPoints()) {
        assertFalse(pain.evidence().isEmpty(), journey.id() + ": pain point " + pain.id() + " has no evidence");
      }
      List<Metric> metrics = journey.stages().stream().flatMap(s -> s.metrics().values().stream()).toList();
      assertFalse(metrics.isEmpty(), journey.id() + " has no metrics");
      metrics.forEach(m -> assertTrue(m.target().isPresent(), journey.id() + ": metric " + m.key() + " has no target"));
      assertTrue(metrics.stream().anyMatch(Metric::breached), journey.id() + " breaches no target: a map with no problem");
    }
  }

  @Test
  void someStagesLeaveARemainderAsDropOff() {
    long withDropOff = JOURNEYS.stream().filter(j -> j.stages().stream().anyMatch(s -> dropOff(j, s) > 1e-9)).count();
    assertTrue(withDropOff >= 3, "journeys with drop-off: " + withDropOff);
  }

  @Test
  void severalJourneysGiveEmotionsPerPersonaAndBlueprintLanes() {
    long perPersona = JOURNEYS.stream()
        .filter(j -> j.touchpoints().stream().anyMatch(t -> t.emotion().map(e -> e.perPersona().size() >= 2).orElse(false)))
        .count();
    long blueprints = JOURNEYS.stream().filter(j -> j.touchpoints().stream().anyMatch(t -> !t.backstage().isEmpty()
        && !t.frontstage().isEmpty() && !t.support().isEmpty())).count();
    assertTrue(perPersona >= 2, "journeys with per-persona emotions: " + perPersona);
    assertTrue(blueprints >= 2, "journeys with full blueprint lanes: " + blueprints);
  }

  @Test
  void theTwoShirtMapsShareTheIdsOfTheStepsTheyHaveInCommon() {
    Map<String, Journey> byId = JOURNEYS.stream().collect(Collectors.toMap(Journey::id, j -> j));
    Journey store = byId.get("shirt-store");
    Journey marketplace = byId.get("shirt-marketplace");
    Set<String> shared = stageIds(store).stream().filter(stageIds(marketplace)::contains).collect(Collectors.toSet());
    assertTrue(shared.containsAll(Set.of("need", "order", "collect", "fitting", "return", "wearing", "gave-up")), shared.toString());
    Set<String> storeTouchpoints = store.touchpoints().stream().map(t -> t.id()).collect(Collectors.toSet());
    assertTrue(marketplace.touchpoints().stream().filter(t -> storeTouchpoints.contains(t.id())).count() >= 4);
  }

  @TestFactory
  List<DynamicTest> everyJourneySurvivesARoundTripThroughTheWriter() {
    return JOURNEYS.stream().map(journey -> DynamicTest.dynamicTest(journey.id(), () -> {
      String yaml = JourneyWriter.write(journey);
      LoadResult again = new JourneyLoader(Corpus.journeys()).parse(journey.id() + ".yaml", yaml);
      assertEquals(List.of(), again.diagnostics().stream().map(d -> d.format()).toList(), yaml);
      assertEquals(journey, again.journey().orElseThrow());
    })).toList();
  }

  private static double dropOff(Journey journey, Stage stage) {
    List<Transition> out = journey.outgoing(stage.id());
    if (stage.isOutcome() || out.isEmpty() || out.stream().anyMatch(t -> t.share().isEmpty())) {
      return 0;
    }
    return 1 - out.stream().mapToDouble(t -> t.share().getAsDouble()).sum();
  }

  private static Graph<String, DefaultEdge> graph(Journey journey) {
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    journey.stages().forEach(s -> graph.addVertex(s.id()));
    journey.transitions().forEach(t -> graph.addEdge(t.from(), t.to()));
    return graph;
  }

  private static List<String> stageIds(Journey journey) {
    return journey.stages().stream().map(Stage::id).toList();
  }

  private static List<String> ids(List<Journey> journeys) {
    return journeys.stream().map(Journey::id).toList();
  }
}
