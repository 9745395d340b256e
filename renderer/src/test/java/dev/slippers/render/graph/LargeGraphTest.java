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

  /**
   * A complete graph of 40 stages (1,482 transitions, 39 leaving each stage) is laid out with ELK
   * from its main transitions only: three per stage, the rest collapsed and counted in the note.
   */
  @Test
  void aDenseGraphIsLaidOutFromItsMainTransitionsAndSaysHowManyAreLeftOut() throws Exception {
    StringBuilder yaml = new StringBuilder("slippers: 1\nid: complete\ntitle: Complete graph\nentry: s0\nstages:\n");
    int inner = 38;
    for (int i = 0; i < inner; i++) {
      yaml.append("  - id: s").append(i).append("\n    name: Stage ").append(i).append('\n');
    }
    yaml.append("  - id: success\n    name: Done\n    outcome: success\n");
    yaml.append("  - id: failure\n    name: Gave up\n    outcome: failure\ntransitions:\n");
    for (int i = 0; i < inner; i++) {
      for (int j = 0; j < inner + 2; j++) {
        if (j != i) {
          String to = j < inner ? "s" + j : j == inner ? "success" : "failure";
          // The first transitions of each stage a little larger, so that which three are kept is known.
          String share = j == (i + 1) % inner ? "0.06" : j == inner ? "0.05" : j == inner + 1 ? "0.04" : "0.022";
          yaml.append("  - from: s").append(i).append("\n    to: ").append(to).append("\n    share: ").append(share)
              .append('\n');
        }
      }
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("complete", ".yaml");
    java.nio.file.Files.writeString(file, yaml);
    Journey journey = dev.slippers.render.Fixtures.load(file);
    assertEquals(inner * (inner + 1), journey.transitions().size());
    JourneyView view = new JourneyView(journey, new JourneyAnalyzer().analyze(journey));
    java.util.List<Integer> kept = StageGraphLayout.mainTransitions(view);
    assertEquals(inner * StageGraphLayout.KEPT_PER_STAGE, kept.size());
    for (int index : kept) {
      dev.slippers.model.Transition t = journey.transitions().get(index);
      assertTrue(view.share(t) > 0.03, "a main transition is kept: " + t);
    }
    String svg = StageGraphSvg.render(view);
    assertEquals(journey.stages().size(), count(svg, "id=\"graph-stage-"));
    assertEquals(kept.size(), count(svg, "id=\"transition-"));
    assertTrue(svg.contains((journey.transitions().size() - kept.size()) + " smaller transitions are left out"), "note");
    assertFalse(svg.contains("simple layers"), "ELK laid it out");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
