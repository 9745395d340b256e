package dev.slippers.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.model.Journey;
import dev.slippers.render.JourneyView;
import dev.slippers.synthetic.SyntheticJourneys;
import org.junit.jupiter.api.Test;

/** Long maps open with the whole journey at a glance; short ones do not need it. */
class MapOverviewTest {

  @Test
  void aThousandStageMapHasAnOverviewWithEveryStageAndTheTopFrictionMarked() {
    Journey journey = SyntheticJourneys.generate(1_000, 3);
    String svg = JourneyMapSvg.render(new JourneyView(journey, new JourneyAnalyzer().analyze(journey)));
    assertTrue(svg.contains("id=\"overview\""), "no overview");
    assertEquals(journey.stages().size(), count(svg, "class=\"overview-cell\""));
    assertTrue(svg.contains("1000 stages in flow order"));
    for (int rank = 1; rank <= MapOverview.MARKED; rank++) {
      assertTrue(svg.contains("\n" + rank + ". ") || svg.contains(">" + rank + ". "), "rank " + rank + " listed");
    }
  }

  @Test
  void aShortMapHasNone() {
    Journey journey = SyntheticJourneys.generate(MapOverview.STAGES, 3);
    String svg = JourneyMapSvg.render(new JourneyView(journey, new JourneyAnalyzer().analyze(journey)));
    assertFalse(svg.contains("map-overview"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
