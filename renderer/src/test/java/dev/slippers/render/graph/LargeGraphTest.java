package dev.slippers.render.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.model.Journey;
import dev.slippers.render.JourneyView;
import dev.slippers.synthetic.SyntheticJourneys;
import org.junit.jupiter.api.Test;

/** Above ELK's limit the graph is drawn in plain layers, says so, and still shows every stage. */
class LargeGraphTest {

  @Test
  void largeGraphsFallBackToPlainLayersWithANote() {
    Journey journey = SyntheticJourneys.generate(StageGraphLayout.ELK_LIMIT + 50, 7);
    JourneyView view = new JourneyView(journey, new JourneyAnalyzer().analyze(journey));
    String svg = StageGraphSvg.render(view);
    assertTrue(svg.contains("class=\"layout-note\""), "no note about the simplified layout");
    assertEquals(journey.stages().size(), count(svg, "id=\"graph-stage-"));
    assertEquals(journey.transitions().size(), count(svg, "<title>") - 1 - journey.stages().size());
  }

  @Test
  void smallGraphsUseElkWithoutANote() {
    Journey journey = SyntheticJourneys.generate(20, 7);
    String svg = StageGraphSvg.render(new JourneyView(journey, new JourneyAnalyzer().analyze(journey)));
    assertFalse(svg.contains("layout-note"));
    assertEquals(journey.stages().size(), count(svg, "id=\"graph-stage-"));
  }

  @Test
  void plainLayersPutEveryStageRightOfThoseBeforeIt() {
    Journey journey = SyntheticJourneys.generate(40, 3);
    JourneyView view = new JourneyView(journey, new JourneyAnalyzer().analyze(journey));
    GraphLayout layout = StageGraphLayout.simpleLayers(view, s -> new double[] {100, 40});
    for (GraphLayout.NodeBox box : layout.nodes()) {
      assertEquals(20 + view.layer(box.stageId()) * 170.0, box.x(), 1e-9, box.stageId());
      assertTrue(box.y() + box.height() <= layout.height());
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
