package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Text on the bundled journeys' maps and graphs is wrapped, never cut: no drawn line ends with an
 * ellipsis ("\u2026" or "..."), the mark {@code TextMeasure} leaves where it shortens a text. Before
 * this test there were 19 such cuts (channels with durations, metric targets, loop labels, long
 * stage names). A legend line with "\u2026" in its middle is not a cut and is allowed.
 */
class NoCutTextTest {

  static Stream<Path> journeys() {
    return Fixtures.renderedJourneys().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void noDrawnTextIsCutOnTheMapOrTheGraph(Path file) throws Exception {
    Journey journey = Fixtures.load(file);
    JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));
    List<String> cut = new ArrayList<>();
    cut.addAll(cutLines(RenderedJourneysTest.parse(renderer.mapSvg()), "map"));
    cut.addAll(cutLines(RenderedJourneysTest.parse(renderer.graphSvg()), "graph"));
    assertEquals(List.of(), cut, file + ": drawn text cut with an ellipsis");
  }

  /** The check itself finds a cut: a stage name far too long for its column is shortened. */
  @Test
  void aNameTooLongForEightLinesIsCutAndKeptWholeInItsTitle() throws Exception {
    Journey journey = Fixtures.load(Fixtures.ROOT.resolve("journeys/pizza-delivery.yaml"));
    var first = journey.stages().get(0);
    String essay = "word ".repeat(400).strip();
    var renamed = new dev.slippers.model.Stage(first.id(), essay, first.description(), first.outcome(),
        first.touchpoints(), first.painPoints(), first.opportunities(), first.metrics());
    List<dev.slippers.model.Stage> stages = new ArrayList<>(journey.stages());
    stages.set(0, renamed);
    Journey changed = new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), stages, journey.transitions(),
        journey.scoring(), journey.economics(), journey.description());
    JourneyRenderer renderer = new JourneyRenderer(changed, Fixtures.analysis(changed));
    Document map = RenderedJourneysTest.parse(renderer.mapSvg());
    assertTrue(!cutLines(map, "map").isEmpty(), "a 400-word name must be cut somewhere");
    assertTrue(RenderedJourneysTest.titleOf(RenderedJourneysTest.byId(map, "stage-" + first.id())).startsWith(essay),
        "the whole name stays in the stage's title");
  }

  /** Drawn lines (a text without tspans, or each tspan) that end with an ellipsis. */
  static List<String> cutLines(Document svg, String picture) {
    List<String> cut = new ArrayList<>();
    NodeList texts = svg.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      NodeList spans = text.getElementsByTagNameNS("*", "tspan");
      List<String> lines = new ArrayList<>();
      if (spans.getLength() == 0) {
        lines.add(text.getTextContent());
      }
      for (int j = 0; j < spans.getLength(); j++) {
        lines.add(spans.item(j).getTextContent());
      }
      for (String line : lines) {
        String end = line.strip();
        if (end.endsWith("\u2026") || end.endsWith("...")) {
          cut.add(picture + ": " + end);
        }
      }
    }
    return cut;
  }
}
