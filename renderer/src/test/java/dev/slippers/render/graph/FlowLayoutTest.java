package dev.slippers.render.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import dev.slippers.render.Fixtures;
import dev.slippers.render.JourneyView;
import dev.slippers.render.map.JourneyMapSvg;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The map's columns and the graph's layers follow the flow: forward transitions are drawn forwards. */
class FlowLayoutTest {

  /** a -> d beside the detour a -> b -> c -> d, and a loop d -> e -> d before the outcome. */
  private static final String DETOUR = """
      slippers: 1
      id: detour
      title: Detour
      entry: a
      stages:
        - {id: a, name: Start}
        - {id: d, name: Rejoined}
        - {id: b, name: Detour one}
        - {id: c, name: Detour two}
        - {id: e, name: Repeat}
        - {id: win, name: Done, outcome: success}
      transitions:
        - {from: a, to: d, share: 60%}
        - {from: a, to: b, share: 40%}
        - {from: b, to: c}
        - {from: c, to: d}
        - {from: d, to: e, share: 30%}
        - {from: d, to: win, share: 70%}
        - {from: e, to: d}
      """;

  @Test
  void theMapDrawsADetourBeforeTheStageItRejoins() {
    JourneyView view = new JourneyView(Fixtures.parse(DETOUR), Fixtures.analysis(Fixtures.parse(DETOUR)));
    assertEquals(List.of("a", "b", "c", "d", "e", "win"), view.flowOrder().stream().map(Stage::id).toList());
    String svg = JourneyMapSvg.render(view);
    Matcher stage = Pattern.compile("<g [^>]*id=\"stage-([a-z]+)\"[^>]*>\\s*<title>[^<]*</title>\\s*<g [^>]*>\\s*<rect x=\"([0-9.]+)\"")
        .matcher(svg);
    Map<String, Double> x = new HashMap<>();
    stage.results().forEach(m -> x.put(m.group(1), Double.parseDouble(m.group(2))));
    assertEquals(6, x.size(), x.toString());
    assertTrue(x.get("a") < x.get("b") && x.get("b") < x.get("c") && x.get("c") < x.get("d")
        && x.get("d") < x.get("e") && x.get("e") < x.get("win"), x.toString());
  }

  @Test
  void theGraphDrawsEveryForwardTransitionLeftToRight() {
    Journey journey = Fixtures.parse(DETOUR);
    assertForwardEdgesGoRight(new JourneyView(journey, Fixtures.analysis(journey)));
  }

  @Test
  void thePlainLayersOfLargeGraphsFollowTheFlowToo() {
    Journey journey = Fixtures.parse(DETOUR);
    JourneyView view = new JourneyView(journey, Fixtures.analysis(journey));
    GraphLayout layout = StageGraphLayout.simpleLayers(view, s -> new double[] {100, 40});
    assertForward(view, layout);
  }

  static List<Path> journeys() {
    return Fixtures.renderedJourneys();
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void bundledGraphsDrawForwardTransitionsLeftToRight(Path file) {
    Journey journey = Fixtures.load(file);
    assertForwardEdgesGoRight(new JourneyView(journey, Fixtures.analysis(journey)));
  }

  private static void assertForwardEdgesGoRight(JourneyView view) {
    assertForward(view, StageGraphLayout.layout(view, s -> new double[] {120, 50}, t -> new double[] {40, 15}));
  }

  private static void assertForward(JourneyView view, GraphLayout layout) {
    Map<String, GraphLayout.NodeBox> boxes = new HashMap<>();
    layout.nodes().forEach(b -> boxes.put(b.stageId(), b));
    for (Transition t : view.journey().transitions()) {
      GraphLayout.NodeBox from = boxes.get(t.from());
      GraphLayout.NodeBox to = boxes.get(t.to());
      if (view.isBackward(t)) {
        assertTrue(to.x() <= from.x(), t + " goes round a loop and is drawn right to left");
      } else {
        assertTrue(from.x() + from.width() <= to.x(), t + " is drawn backwards: " + from + " -> " + to);
      }
    }
  }
}
