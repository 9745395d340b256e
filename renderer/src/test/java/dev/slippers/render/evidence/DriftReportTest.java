package dev.slippers.render.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import dev.slippers.render.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The drift page with figures the log could not give (a stage never left) and hostile journey text. */
class DriftReportTest {

  static final Journey JOURNEY = new JourneyLoader(Path.of(".")).parse("x.yaml", """
      slippers: 1
      id: x
      title: "</title><script>alert(1)</script>"
      stages:
        - {id: a, name: "<img src=x onerror=alert(1)>"}
        - {id: b, name: B}
        - {id: done, name: Done, outcome: success}
      transitions:
        - {from: a, to: b, share: 60%}
        - {from: b, to: done, share: 100%}
      """).journey().orElseThrow();

  @Test
  void missingFiguresShowAsDashesAndTextStaysText() throws Exception {
    DriftFigures f = new DriftFigures("2026-09-01..2026-09-02", 5, 2, 2,
        List.of(new DriftFigures.Fit("a", "b", 2, 2, 0.6, 1.0, 0.342, 1.0, false),
            new DriftFigures.Fit("b", "done", 0, 0, 1.0, null, 0, 1, false)),
        List.of(), List.of(), List.of(new DriftFigures.StageTime("b", 2, 2, null, null, null, null)), null, List.of(),
        List.of(new DriftFigures.Outcome("success", List.of("Done"), 0.0, null)), List.of(new DriftFigures.Activity("&amp;", 3)));
    String html = DriftReport.html(JOURNEY, Fixtures.analysis(JOURNEY), f);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertFalse(html.contains("<script>") || html.contains("<img"), "journey text never becomes markup");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertTrue(html.contains("&amp;amp;"), "an activity '&amp;' is escaped once, shown as typed");
    assertTrue(html.contains("B → Done: designed 100.0% · not seen"), "edge of a stage never left");
    assertTrue(html.contains("<b>–</b><span>of cases fit"), "no conformance figure: a dash");
    assertTrue(html.contains("style=\"left:34.20%;width:65.80%\""), "interval 34.2%..100%");
    assertFalse(html.contains("class=\"drift\""));
  }

  /** The map of the journey: observed shares and times beside the designed ones, drift in red. */
  @Test
  void theGraphShowsObservedBesideDesigned() {
    String svg = DriftReport.graph(JOURNEY, Fixtures.analysis(JOURNEY), figures(0.2, 0.105, 0.348, true));
    // a -> b: designed 60%, observed 20.0% (Wilson 10.5%..34.8%), drift; b -> done never left.
    assertTrue(svg.replaceAll("<tspan x=\"[0-9.]+\"( dy=\"12\")?>", "|").contains(
        "|DRIFT designed 60.0%</tspan>|observed 20.0%</tspan>|[10.5–34.8%]</tspan>"), "one figure a line: " + svg);
    assertTrue(svg.contains("class=\"share alert\""), "a drifting edge's label is drawn as an alert");
    assertTrue(svg.contains("<title>&lt;img src=x onerror=alert(1)&gt; → B: DRIFT designed 60.0% · observed 20.0% · "
        + "[10.5–34.8%]</title>"), svg);
    assertTrue(svg.contains(">observed median 5 min</tspan><tspan x=\"28\" dy=\"13\">designed 4 min</tspan>"), svg);
    assertTrue(svg.contains("edges: designed · observed share [95% interval]"), "its legend says how to read it");
    assertFalse(svg.contains("<script"), "hostile text stays text");
    String plain = DriftReport.graph(JOURNEY, Fixtures.analysis(JOURNEY), figures(0.62, 0.5, 0.7, false));
    assertFalse(plain.contains("share alert"), "no drift, no alert");
  }

  /** A Russian journey's page writes its shares with a decimal comma, as the journey's language does. */
  @Test
  void aRussianPageWritesDecimalCommas() {
    Journey russian = new JourneyLoader(Path.of(".")).parse("ru.yaml", """
        slippers: 1
        id: ru
        title: Путь
        language: ru
        stages:
          - {id: a, name: А}
          - {id: b, name: Б}
          - {id: done, name: Готово, outcome: success}
        transitions:
          - {from: a, to: b, share: 60%}
          - {from: b, to: done, share: 100%}
        """).journey().orElseThrow();
    String html = DriftReport.html(russian, Fixtures.analysis(russian), figures(0.2, 0.105, 0.348, true));
    assertTrue(html.contains("<td class=\"num\">60,0%</td>") && html.contains("<td class=\"num\">20,0%</td>"), html);
    assertTrue(html.contains("10,5% – 34,8%"), html);
    assertTrue(html.contains("−40,0 п.\u00a0п.") || html.contains("-40,0 п.\u00a0п."), html);
    assertTrue(html.contains(": DRIFT designed 60,0% · observed 20,0% · [10,5–34,8%]</title>"), html);
    assertTrue(html.contains("style=\"left:10.50%;width:24.30%\""), "CSS keeps its decimal point");
    assertFalse(html.contains("20.0%"), "no decimal point in a Russian share");
  }

  private static DriftFigures figures(double observed, double low, double high, boolean drift) {
    return new DriftFigures("2026-09-01..2026-09-02", 120, 40, 40,
        List.of(new DriftFigures.Fit("a", "b", Math.round(observed * 40), 40, 0.6, observed, low, high, drift),
            new DriftFigures.Fit("b", "done", 0, 0, 1.0, null, 0, 1, false)),
        List.of(), List.of(), List.of(new DriftFigures.StageTime("a", 40, 40, 300.0, 600.0, 240.0, 0.1)), 1.0, List.of(),
        List.of(new DriftFigures.Outcome("success", List.of("Done"), 0.0, 0.6)), List.of());
  }
}
