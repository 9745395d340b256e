package dev.slippers.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.render.Fixtures;
import dev.slippers.render.JourneyView;
import dev.slippers.render.svg.Palette;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Heat is one absolute scale: equal friction, equal colour, whatever else the journey holds. */
class HeatScaleTest {

  private static final String MILD = """
      slippers: 1
      id: mild
      title: Mild
      entry: order
      stages:
        - id: order
          name: Order
          pain_points: [{id: wait, description: A short wait, severity: 2, frequency: 50%}]
        - {id: done, name: Done, outcome: success}
      transitions:
        - {from: order, to: done}
      """;

  /** The same order stage, followed by a stage that hurts far more. */
  private static final String HARSH = """
      slippers: 1
      id: harsh
      title: Harsh
      entry: order
      stages:
        - id: order
          name: Order
          pain_points: [{id: wait, description: A short wait, severity: 2, frequency: 50%}]
        - id: pay
          name: Pay
          touchpoints: [{id: queue, action: Queues at the till, emotion: -2}]
          pain_points:
            - {id: refused, description: Card refused, severity: 5, frequency: 100%}
            - {id: again, description: Asked again, severity: 5, frequency: 100%}
            - {id: lost, description: Receipt lost, severity: 5, frequency: 100%}
        - {id: done, name: Done, outcome: success}
      transitions:
        - {from: order, to: pay}
        - {from: pay, to: done}
      """;

  @Test
  void equalFrictionGetsTheSameColourInTwoJourneys() {
    JourneyView mild = view(MILD);
    JourneyView harsh = view(HARSH);
    assertEquals(mild.friction("order"), harsh.friction("order"), 1e-9, "the order stage hurts the same in both");
    assertTrue(harsh.friction("pay") > mild.friction("order"));
    String colour = fill(JourneyMapSvg.render(mild), "order");
    assertEquals(colour, fill(JourneyMapSvg.render(harsh), "order"));
    assertEquals(Palette.heat(mild.friction("order") / JourneyView.HEAT_SCALE_MAX), colour);
    assertNotEquals(Palette.heat(1), colour, "a mild stage is not drawn hottest because it is its journey's worst");
  }

  @Test
  void frictionAboveTheScaleIsClampedToTheHottestColour() {
    JourneyView harsh = view(HARSH);
    assertTrue(harsh.friction("pay") >= JourneyView.HEAT_SCALE_MAX, "fixture: pay is above the scale");
    assertEquals(Palette.heat(1), fill(JourneyMapSvg.render(harsh), "pay"));
    assertEquals(0, JourneyView.heatOf(-1));
    assertEquals(0.5, JourneyView.heatOf(JourneyView.HEAT_SCALE_MAX / 2), 1e-12);
  }

  @Test
  void theLegendShowsTheScale() {
    String svg = JourneyMapSvg.render(view(MILD));
    assertTrue(svg.contains("friction, one scale for every map"), "legend caption");
    for (String tick : new String[] {">0<", ">3<", ">6<", ">9<", ">12+<"}) {
      assertTrue(svg.contains(tick), "legend tick " + tick);
    }
  }

  private static JourneyView view(String yaml) {
    Journey journey = Fixtures.parse(yaml);
    return new JourneyView(journey, Fixtures.analysis(journey));
  }

  /** The fill of the stage's header box on the map. */
  private static String fill(String svg, String stageId) {
    int at = svg.indexOf("id=\"stage-" + stageId + "\"");
    Matcher rect = Pattern.compile("<rect [^>]*fill=\"(#[0-9a-f]{6})\"").matcher(svg);
    assertTrue(at >= 0 && rect.find(at), "stage " + stageId + " has a header box");
    return rect.group(1);
  }
}
