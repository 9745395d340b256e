package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.Approximation;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import dev.slippers.render.JourneyRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * When the flow solve stopped at its bound in work, the report says so beside the success figures
 * (HTML, Markdown, JSON) and so does the map page under its summary; an exact analysis says nothing.
 */
class ApproximateResultTest {

  private static final String REASON = "Approximate: the flow through a loop of 1001 stages did not settle within the"
      + " solver's bound in work (5 × 10⁷ transitions per loop), so visits, outcomes and every figure made from them are"
      + " the values reached when it stopped, not exact.";

  /** As FreeMarker's HTML escaping writes it. */
  private static final String HTML_REASON = REASON.replace("'", "&#39;");

  /**
   * 1,001 stages in a ring that customers leave 1 time in 10⁷ per stage: too large for a direct solve,
   * too slow for the sweeps (core's ApproximateAnalysisTest works it through).
   */
  private static Journey ring() {
    int n = 1_001;
    List<Stage> stages = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stages.add(new Stage("r" + i, "Round " + i, "", Optional.empty(), List.of(), List.of(), List.of(), Map.of()));
      transitions.add(new Transition("r" + i, "done", OptionalDouble.of(1e-7), ""));
      transitions.add(new Transition("r" + i, "r" + ((i + 1) % n), OptionalDouble.empty(), ""));
    }
    stages.add(new Stage("done", "Done", "", Optional.of(Stage.SUCCESS), List.of(), List.of(), List.of(), Map.of()));
    return new Journey(1, "ring", "A ring nobody leaves", Language.EN, Optional.empty(), List.of(), List.of(), "r0",
        stages, transitions, Scoring.DEFAULT, Optional.empty(), "");
  }

  @Test
  void theReportOfAnApproximateAnalysisSaysSoBesideTheSuccessFigures() throws Exception {
    Journey journey = ring();
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    assertTrue(analysis.approximate(), "the ring triggers the bound");
    FrictionReport report = FrictionReports.of(journey, analysis, Map.of());

    String html = ReportRenderer.html(report);
    String note = "<p class=\"approximate\" id=\"approximate\" role=\"note\">" + HTML_REASON + "</p>";
    assertTrue(html.contains(note), html.substring(0, Math.min(3000, html.length())));
    // Right under the cards that hold the success figure, before any section.
    int cards = html.indexOf("id=\"card-success\"");
    assertTrue(cards >= 0 && cards < html.indexOf(note) && html.indexOf(note) < html.indexOf("<h2"), "placed after the cards");

    String markdown = ReportRenderer.markdown(report);
    assertEquals("> **" + MarkdownEscaped.of(REASON) + "**", markdown.lines().skip(4).findFirst().orElseThrow(), markdown);

    JsonNode json = new ObjectMapper().readTree(ReportRenderer.json(report));
    assertTrue(json.get("approximate").asBoolean());
    assertEquals(REASON.substring(0, 1).toLowerCase() + REASON.substring(1, REASON.length() - 1),
        json.get("approximation").asText());
  }

  @Test
  void anExactReportAndMapPageSayNothing() throws Exception {
    FrictionReport report = FrictionReports.of(ShirtStore.journey(), ShirtStore.analysis(), Map.of());
    assertFalse(ReportRenderer.html(report).contains("id=\"approximate\""));
    assertFalse(ReportRenderer.markdown(report).contains("pproximate"));
    assertFalse(new ObjectMapper().readTree(ReportRenderer.json(report)).get("approximate").asBoolean());
    assertFalse(new JourneyRenderer(ShirtStore.journey(), ShirtStore.analysis()).html().contains("id=\"approximate\""));
  }

  @Test
  void theMapPageSaysSoUnderItsSummary() {
    JourneyAnalysis exact = ShirtStore.analysis();
    JourneyAnalysis approximate = new JourneyAnalysis(exact.journeyId(), exact.outcomes(),
        exact.expectedDurationSeconds(), exact.stages(), exact.touchpoints(), exact.paths(), exact.loops(),
        exact.unreachable(), exact.deadEnds(), exact.bottlenecks(), exact.channelSwitches(), exact.breaches(),
        exact.personas(), exact.painPoints(), exact.value(), exact.experience(), exact.brightSpots(), exact.attribution(),
        Optional.of(new Approximation(1, 1_001, 50_000_000)));
    String html = new JourneyRenderer(ShirtStore.journey(), approximate).html();
    int summary = html.indexOf("<p class=\"summary\">");
    int note = html.indexOf("<p class=\"approximate\" id=\"approximate\" role=\"note\">" + HTML_REASON + "</p>");
    assertTrue(summary >= 0 && note > summary && note < html.indexOf("</header>"), "under the summary, in the header");
  }

  /** The reason as Markdown's auto-escaping writes it. */
  private static final class MarkdownEscaped {
    static String of(String text) {
      return dev.slippers.render.template.MarkdownOutputFormat.escape(text);
    }
  }
}
