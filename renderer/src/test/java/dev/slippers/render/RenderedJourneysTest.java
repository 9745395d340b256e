package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every bundled journey (and the marketplace fixture) through load, analysis and rendering: the
 * SVGs equal their golden files, render identically twice, parse as XML, and contain every stage,
 * touchpoint and pain point in the right order.
 */
class RenderedJourneysTest {

  static Stream<Path> journeys() {
    return Fixtures.renderedJourneys().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void svgsMatchTheirGoldenFiles(Path file) throws Exception {
    Journey journey = Fixtures.load(file);
    JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));
    // Named by file, not by id: the test fixture and a bundled journey share an id.
    String name = file.getParent().getFileName() + "-" + file.getFileName().toString().replaceAll("\\.ya?ml$", "");
    Golden.assertMatches(name + ".svg", renderer.mapSvg());
    Golden.assertMatches(name + "-graph.svg", renderer.graphSvg());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void renderingTwiceGivesTheSameBytes(Path file) {
    Journey journey = Fixtures.load(file);
    JourneyRenderer first = new JourneyRenderer(journey, Fixtures.analysis(journey));
    JourneyRenderer second = new JourneyRenderer(Fixtures.load(file), Fixtures.analysis(Fixtures.load(file)));
    assertEquals(first.mapSvg(), second.mapSvg());
    assertEquals(first.graphSvg(), second.graphSvg());
    assertEquals(first.html(), second.html());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void mapHasEveryStageTouchpointAndPainPointInFlowOrder(Path file) throws Exception {
    Journey journey = Fixtures.load(file);
    JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));
    Document map = parse(renderer.mapSvg());

    List<String> expectedStages = renderer.view().flowOrder().stream().map(s -> "stage-" + s.id()).toList();
    assertEquals(expectedStages, ids(map, "stage"));
    List<String> expectedTouchpoints = new ArrayList<>();
    List<String> expectedPains = new ArrayList<>();
    for (Stage stage : renderer.view().flowOrder()) {
      stage.touchpoints().stream().map(Touchpoint::id).forEach(id -> expectedTouchpoints.add("touchpoint-" + id));
      stage.painPoints().stream().map(PainPoint::id).forEach(id -> expectedPains.add("pain-" + id));
    }
    assertEquals(expectedTouchpoints, ids(map, "touchpoint"));
    assertEquals(expectedPains, ids(map, "pain-point"));
    assertEquals(expectedStages.size(), journey.stages().size(), "every stage has a column");
    // Touchpoint cards lie left to right in flow order.
    double lastX = -1;
    for (String id : expectedTouchpoints) {
      double x = Double.parseDouble(firstRect(byId(map, id)).getAttribute("x"));
      assertTrue(x > lastX, id + " is not right of the touchpoint before it");
      lastX = x;
    }
    for (Touchpoint tp : journey.touchpoints()) {
      assertTrue(titleOf(byId(map, "touchpoint-" + tp.id())).startsWith(tp.action().isBlank() ? tp.id() : tp.action().strip()),
          "tooltip of " + tp.id());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void graphHasEveryStageAndTransition(Path file) throws Exception {
    Journey journey = Fixtures.load(file);
    Document graph = parse(new JourneyRenderer(journey, Fixtures.analysis(journey)).graphSvg());
    List<String> stages = journey.stages().stream().map(s -> "graph-stage-" + s.id()).sorted().toList();
    assertEquals(stages, ids(graph, "graph-stage").stream().sorted().toList());
    List<Transition> transitions = journey.transitions();
    List<String> edges = ids(graph, "transition");
    assertEquals(transitions.size(), edges.size());
    for (int i = 0; i < transitions.size(); i++) {
      assertEquals("transition-" + i + "-" + transitions.get(i).from() + "-" + transitions.get(i).to(), edges.get(i));
    }
    for (Stage stage : journey.stages()) {
      if (stage.isOutcome()) {
        String classes = byId(graph, "graph-stage-" + stage.id()).getAttribute("class");
        assertTrue(classes.contains("outcome"), stage.id() + " is not marked as an outcome: " + classes);
      }
    }
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Ids of the groups having this class, in document order. */
  static List<String> ids(Document document, String className) {
    List<String> ids = new ArrayList<>();
    NodeList groups = document.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains(className)) {
        ids.add(g.getAttribute("id"));
      }
    }
    return ids;
  }

  static Element byId(Document document, String id) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  static String titleOf(Element group) {
    NodeList titles = group.getElementsByTagNameNS("*", "title");
    return titles.getLength() == 0 ? "" : titles.item(0).getTextContent();
  }

  private static Element firstRect(Element group) {
    return (Element) group.getElementsByTagNameNS("*", "rect").item(0);
  }
}
