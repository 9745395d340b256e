package dev.slippers.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.model.Journey;
import dev.slippers.render.Fixtures;
import dev.slippers.render.JourneyRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lanes nobody fills are left out of the map, and the HTML page shows the journey's title once. */
class EmptyLanesTest {

  private static final Pattern LANE = Pattern.compile("id=\"lane-([a-z]+)\"");

  /**
   * The marketplace fixture has evidence and backstage steps but no front-stage action and no
   * support process: those two lanes (and the line of visibility, which would sit in the same gap
   * as the line of interaction) are not drawn.
   */
  @Test
  void blueprintLanesWithoutContentAreLeftOut() {
    Journey journey = Fixtures.load(Fixtures.ROOT.resolve("core/src/test/resources/valid/marketplace.yaml"));
    String map = new JourneyRenderer(journey, Fixtures.analysis(journey)).mapSvg();
    assertEquals(List.of("stage", "evidence", "does", "thinks", "feels", "pains", "opportunities", "backstage", "metrics"),
        lanes(map));
    assertEquals(1, count(map, "id=\"line-interaction\""));
    assertEquals(0, count(map, "id=\"line-visibility\""));
    assertEquals(0, count(map, "id=\"line-internal\""));
  }

  @Test
  void aFullBlueprintKeepsEveryLaneAndLine() {
    Journey journey = Fixtures.load(Fixtures.ROOT.resolve("journeys/shirt-store.yaml"));
    String map = new JourneyRenderer(journey, Fixtures.analysis(journey)).mapSvg();
    assertEquals(List.of("stage", "evidence", "does", "thinks", "feels", "pains", "opportunities", "frontstage",
        "backstage", "support", "metrics"), lanes(map));
    assertEquals(1, count(map, "id=\"line-visibility\""));
    assertEquals(1, count(map, "id=\"line-internal\""));
  }

  /** The page's heading names the journey; the map inside the page does not draw it a second time. */
  @Test
  void thePageShowsTheTitleOnce() {
    Journey journey = Fixtures.load(Fixtures.ROOT.resolve("journeys/banquet.yaml"));
    JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));
    String html = renderer.html();
    String drawn = ">" + journey.title() + "<";
    // <title> of the page, its <h1>, and the <title> tooltips of the two inline SVGs; no drawn copy.
    assertEquals(1, count(html, "<h1>" + journey.title() + "</h1>"));
    assertEquals(0, count(html, "class=\"map-title\""));
    assertEquals(1, count(renderer.mapSvg(), "class=\"map-title\""), "the SVG file keeps its own title");
    // The stage graph is the graph file's SVG; its title line is hidden by the page's style sheet.
    assertEquals(1, count(html, ".picture.graph .graph-title { display: none; }"));
    assertEquals(count(html, "<title>" + journey.title() + "</title>") + 2, count(html, drawn),
        "besides the heading and the graph's hidden title, the title occurs only in tooltips");
  }

  private static List<String> lanes(String svg) {
    List<String> keys = new ArrayList<>();
    Matcher m = LANE.matcher(svg);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
