package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Text from a journey is text: in SVG and HTML it is escaped and never becomes markup. */
class HostileTextTest {

  private static final String PAYLOAD = "<script>alert(1)</script>";

  private final Journey journey = Fixtures.parse("""
      slippers: 1
      id: hostile
      title: "%1$s & \\"quotes\\""
      description: "%1$s"
      stages:
        - id: a
          name: "%1$s"
          touchpoints:
            - {id: t, action: "%1$s", thought: "%1$s", evidence: ["%1$s"]}
          pain_points:
            - {id: p, description: "%1$s", severity: 3, frequency: 50%%}
          opportunities:
            - {id: o, description: "%1$s", addresses: [p]}
        - {id: done, name: "%1$s", outcome: success}
      transitions:
        - {from: a, to: done, label: "%1$s"}
      """.formatted(PAYLOAD));

  @Test
  void svgShowsTheTextAndHasNoScriptElement() throws Exception {
    JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));
    for (String svg : new String[] {renderer.mapSvg(), renderer.graphSvg()}) {
      assertFalse(svg.contains(PAYLOAD), "raw markup in the SVG");
      assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is shown, escaped");
      Document document = RenderedJourneysTest.parse(svg);
      assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
    }
    Document map = RenderedJourneysTest.parse(renderer.mapSvg());
    assertTrue(RenderedJourneysTest.titleOf(RenderedJourneysTest.byId(map, "touchpoint-t")).startsWith(PAYLOAD));
  }

  @Test
  void htmlHasOnlyItsOwnScript() {
    String html = new JourneyRenderer(journey, Fixtures.analysis(journey)).html();
    assertFalse(html.contains(PAYLOAD), "raw markup in the HTML");
    assertEquals(1, html.split("<script>", -1).length - 1, "one script element: Slippers' own");
    assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</h1>"), html.substring(0, 600));
  }
}
