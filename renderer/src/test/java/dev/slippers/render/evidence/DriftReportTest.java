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
    assertTrue(html.contains("designed · not seen"), "edge of a stage never left");
    assertTrue(html.contains("<b>–</b><span>of cases fit"), "no conformance figure: a dash");
    assertTrue(html.contains("style=\"left:34.20%;width:65.80%\""), "interval 34.2%..100%");
    assertFalse(html.contains("class=\"drift\""));
  }
}
