package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.analysis.uncertainty.UncertaintyAnalysis;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.wording.Numerals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/**
 * The report's evidence: intervals when the journey carries counts, "assumed" when it does not, and
 * numbers on the page that agree with each other (docs/analysis.md, section 15).
 */
class ReportEvidenceTest {

  private static final Numerals EN = Numerals.of(Language.EN);

  /**
   * One measured stage, `try`, with two exits and its departures, as calibrate --write writes them; `look`
   * has no counts. With departures the lost remainder (here 0) is a third exit, so the posterior is
   * Dirichlet(win + 1, lose + 1, 1) and the share to `win`, which is success, is Beta(win + 1, lose + 2).
   */
  private static String tiny(String winShare, long win, long lose) {
    return """
        slippers: 1
        id: tiny
        title: Tiny
        stages:
          - {id: look, name: Looks}
          - {id: try, name: Tries, departures: %d}
          - {id: win, name: Buys, outcome: success}
          - {id: lose, name: Leaves, outcome: failure}
        transitions:
          - {from: look, to: try, share: 100%%}
          - {from: try, to: win, share: %s, count: %d}
          - {from: try, to: lose, count: %d}
        """.formatted(win + lose, winShare, win, lose);
  }

  private static Journey journey(String yaml) {
    LoadResult result = ShirtStore.parse(yaml);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList());
    return result.journey().orElseThrow();
  }

  private static FrictionReport report(Journey journey, int samples) {
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    return FrictionReports.of(journey, analysis, Map.of(),
        FrictionReports.uncertainty(journey, samples, UncertaintyAnalysis.DEFAULT_SEED));
  }

  /**
   * 30 of 100 buy: Beta(31, 72). The quantile's sampling error with N = 20,000 draws is sqrt(q(1−q)/N) /
   * f(x_q): for this Beta (sd 0.045, density about 1.3 near the 2.5% point) 0.0009; four of them, 0.0035.
   */
  @Test
  void aMeasuredStageGivesTheBetaIntervalAroundTheObservedShare() {
    Journey journey = journey(tiny("30%", 30, 70));
    FrictionReport report = report(journey, 20_000);
    FrictionReport.Evidence evidence = report.evidence();
    assertTrue(evidence.measured());
    BetaDistribution beta = new BetaDistribution(31, 72);
    assertEquals(0.3, report.success(), 1e-12);
    assertEquals(beta.inverseCumulativeProbability(0.025), evidence.success().low(), 0.0035);
    assertEquals(beta.inverseCumulativeProbability(0.975), evidence.success().high(), 0.0035);
    assertTrue(evidence.success().inside());
    assertEquals("95%: " + EN.percent(evidence.success().low()) + " to " + EN.percent(evidence.success().high()),
        evidence.success().text());
    // The mean 31/103 = 0.301 is 0.001 from the figure 0.300; a tenth of the interval's width is 0.018: no note.
    assertEquals(List.of(), evidence.notes());
    assertEquals(List.of(new FrictionReport.StageShares("look", "Looks", false, null),
        new FrictionReport.StageShares("try", "Tries", true, 100L)), evidence.stages());
    assertNull(evidence.value(), "no economics, no value interval");
    assertTrue(evidence.summary().startsWith("1 of 2 stages have shares measured from an event log's counts; the "
        + "others' are assumed (designed, their uncertainty unknown). Intervals are 95%: the 2.5th to 97.5th percentile "
        + "of 20000 journeys drawn from the counts with seed 9 (the same as slippers analyze --samples 20000 --seed 9)"),
        evidence.summary());

    String html = ReportRenderer.html(report);
    assertTrue(html.contains("<small class=\"band\" id=\"band-success\">" + evidence.success().text() + "</small>"), html);
    assertTrue(html.contains("95% intervals from 20000 journeys drawn from the counts (seed 9)"), html);
    assertTrue(html.contains("<td>Tries <span class=\"id\">try</span></td><td>measured (n = 100)</td>"), html);
    assertTrue(html.contains("<td>Looks <span class=\"id\">look</span></td><td>assumed</td>"), html);
    String markdown = ReportRenderer.markdown(report);
    assertTrue(markdown.startsWith("## Friction report: Tiny\n\n**30%** (" + evidence.success().text() + ")"), markdown);
    assertTrue(markdown.contains("- Tries (try): measured (n = 100)\n- Looks (look): assumed\n")
        || markdown.contains("- Looks (look): assumed\n- Tries (try): measured (n = 100)\n"), markdown);
  }

  @Test
  void theJsonCarriesTheIntervalsAndWhichStagesAreMeasured() throws Exception {
    Journey journey = journey(tiny("30%", 30, 70));
    FrictionReport report = report(journey, 2_000);
    JsonNode json = new ObjectMapper().readTree(ReportRenderer.json(report)).get("evidence");
    assertTrue(json.get("measured").asBoolean());
    assertEquals(2000, json.get("samples").asInt());
    assertEquals(9, json.get("seed").asInt());
    assertEquals(0.3, json.get("success").get("point").asDouble(), 1e-9);
    assertTrue(json.get("success").get("low").asDouble() < 0.3 && json.get("success").get("high").asDouble() > 0.3);
    assertEquals("try", json.get("stages").get(1).get("stageId").asText());
    assertEquals(100, json.get("stages").get(1).get("customers").asInt());
    assertTrue(json.get("stages").get(0).get("customers").isNull());
  }

  /**
   * Written shares that are not what the counts say: the page names them, and says the figure lies
   * outside its interval because of them (not the prior's pull, so no note about the draws' centre).
   */
  @Test
  void sharesThatDisagreeWithTheirCountsAreCalledOut() {
    FrictionReport report = report(journey(tiny("50%", 30, 70)), 2_000);
    FrictionReport.Band success = report.evidence().success();
    assertFalse(success.inside(), "50% against Beta(31, 72), whose 97.5% point is 0.39");
    assertEquals(List.of("Written shares that are not what their counts say: try → win 50% written, 30 of 100 "
        + "counted; try → lose 50% written, 70 of 100 counted. The figures use the written shares, the intervals "
        + "the counts.",
        "Success 50% lies outside its interval (" + success.text() + "). The shares as written are not what the counts "
        + "say (above): recalibrate (slippers calibrate --write) or correct them."),
        report.evidence().notes());
    assertTrue(ReportRenderer.html(report).contains("Success 50% lies outside its interval"));
  }

  /**
   * None of 5 buys: the figure is 0%, and the draws' Beta(1, 7) has its 2.5% point at 1 − 0.975^(1/7) =
   * 0.0036 (its density there is about 6.9, so 20,000 draws put it within 0.0007): the figure lies
   * outside its interval because the counts are few, and the page says so.
   */
  @Test
  void aShareSeenAsZeroInAFewCustomersLiesOutsideItsIntervalAndThePageSaysWhy() {
    FrictionReport report = report(journey(tiny("0%", 0, 5)), 20_000);
    FrictionReport.Band success = report.evidence().success();
    assertEquals(0, success.point());
    assertEquals(1 - Math.pow(0.975, 1.0 / 7), success.low(), 0.0007);
    assertFalse(success.inside());
    List<String> notes = report.evidence().notes();
    assertTrue(notes.get(notes.size() - 1).startsWith("Success 0% lies outside its interval (" + success.text()
        + "). The counts are few: the figure follows the observed shares"), notes.toString());
  }

  /**
   * Few counts: 1 of 9 buys. The figure is the observed 11.1%, the draws' mean Beta(2, 10)'s 2/12 = 16.7%
   * (sd 0.10, so 20,000 draws put the mean within 0.003), more than a tenth of the interval (about 0.02 to
   * 0.41) away: the page explains why they differ.
   */
  @Test
  void fewCountsExplainWhyTheDrawsCentreAwayFromTheFigure() {
    FrictionReport report = report(journey(tiny("11.11%", 1, 8)), 20_000);
    FrictionReport.Band success = report.evidence().success();
    assertEquals(2.0 / 12, success.mean(), 0.003);
    BetaDistribution beta = new BetaDistribution(2, 10);
    assertEquals(beta.inverseCumulativeProbability(0.025), success.low(), 0.004);
    assertTrue(success.inside());
    assertEquals(1, report.evidence().notes().size());
    String note = report.evidence().notes().get(0);
    assertTrue(note.startsWith("The draws centre a little away from success 11.1%, mean of the draws "
        + EN.percent(success.mean()) + ":"), note);
  }

  /**
   * Two competing fixes without economics (core's two-pains journey with counts 30, 12 and 8): each
   * "if fixed" is in points of success with its interval, and `slow` is the top fix in P(Beta(13, 9) >
   * 1/2) = 0.808 of the draws (binomial error with 4,000 draws 0.006, tolerance 0.025), `rude` in the rest.
   */
  @Test
  void competingFixesShowHowOftenEachIsTheTopOne() throws Exception {
    String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("../core/src/test/resources/uncertainty/two-pains.yaml"))
        .replace("{from: try, to: win, share: 50%}", "{from: try, to: win, share: 60%, count: 30}")
        .replace("{from: try, to: lose1, share: 30%}", "{from: try, to: lose1, share: 24%, count: 12}")
        .replace("{from: try, to: lose2, share: 20%}", "{from: try, to: lose2, share: 16%, count: 8}");
    FrictionReport report = report(journey(yaml), 4_000);
    FrictionReport.PainRow slow = report.topPains().stream().filter(p -> p.id().equals("slow")).findFirst().orElseThrow();
    FrictionReport.PainRow rude = report.topPains().stream().filter(p -> p.id().equals("rude")).findFirst().orElseThrow();
    double expected = 1 - new BetaDistribution(13, 9).cumulativeProbability(0.5);
    assertEquals(expected, slow.uncertainty().probabilityTop(), 0.025);
    assertEquals(1, slow.uncertainty().probabilityTop() + rude.uncertainty().probabilityTop(), 1e-12);
    FrictionReport.Band band = slow.uncertainty().ifFixed();
    assertEquals(slow.successIfFixed(), band.point(), 1e-12);
    assertTrue(band.inside(), band.toString());
    assertEquals("95%: " + EN.points(band.low()) + " to " + EN.points(band.high()), band.text());
    assertTrue(slow.whatIf().startsWith("alone success " + EN.points(slow.successIfFixed()) + " (" + band.text()
        + "); top fix in " + EN.percent(slow.uncertainty().probabilityTop()) + " of draws"), slow.whatIf());
    assertTrue(report.topPains().stream().filter(p -> p.id().equals("ugly")).allMatch(p -> p.uncertainty() == null),
        "a pain without an effect on the flow gets no interval");
  }

  /**
   * Money ends that two significant digits would write alike get as many more digits as they need, and
   * the figure is named to as many, so that it visibly lies between them.
   */
  @Test
  void narrowMoneyIntervalsGetTheDigitsTheyNeed() {
    dev.slippers.analysis.uncertainty.Interval wide = new dev.slippers.analysis.uncertainty.Interval(5.93e6, 6.51e6, 6.2e6);
    assertEquals("95%: 5.9\u00a0M\u00a0RUB to 6.5\u00a0M\u00a0RUB", ReportEvidence.band(6.2e6, wide,
        ReportEvidence.moneyFormat(wide, false, "RUB", Language.EN), Language.EN).text());
    dev.slippers.analysis.uncertainty.Interval narrow = new dev.slippers.analysis.uncertainty.Interval(108.2e6, 111.1e6, 109.6e6);
    assertEquals("95%: 108\u00a0M\u00a0RUB to 111\u00a0M\u00a0RUB; the figure 110\u00a0M\u00a0RUB", ReportEvidence.band(109.7e6,
        narrow, ReportEvidence.moneyFormat(narrow, false, "RUB", Language.EN), Language.EN).text());
    dev.slippers.analysis.uncertainty.Interval ru = new dev.slippers.analysis.uncertainty.Interval(104.61e6, 104.93e6, 104.8e6);
    assertEquals("95%: от +104,6\u00a0млн\u00a0RUB до +104,9\u00a0млн\u00a0RUB; цифра +104,8\u00a0млн\u00a0RUB",
        ReportEvidence.band(104.8e6, ru, ReportEvidence.moneyFormat(ru, true, "RUB", Language.RU), Language.RU).text());
  }

  /** A Russian journey's intervals in Russian, with decimal commas. */
  @Test
  void aRussianReportWritesItsIntervalsInRussian() {
    FrictionReport report = report(journey(tiny("30%", 30, 70).replace("title: Tiny", "title: Tiny\nlanguage: ru")), 2_000);
    FrictionReport.Band success = report.evidence().success();
    Numerals ru = Numerals.of(Language.RU);
    assertEquals("95%: от " + ru.percent(success.low()) + " до " + ru.percent(success.high()), success.text());
    assertTrue(success.text().matches("95%: от \\d\\d,\\d% до \\d\\d,\\d%"), success.text());
    assertTrue(ReportRenderer.html(report).contains("измерена (n = 100)"));
  }

  /** No counts anywhere: one line says every share is assumed, and nothing else about evidence. */
  @Test
  void withoutCountsEveryShareIsAssumedInOneLine() {
    FrictionReport report = FrictionReports.of(ShirtStore.journey(), ShirtStore.analysis(), Map.of());
    assertFalse(report.evidence().measured());
    assertNull(report.evidence().success());
    assertTrue(report.topPains().stream().allMatch(p -> p.uncertainty() == null));
    String line = "Every share in this journey is assumed: no stage carries counts from an event log, so the figures "
        + "are as sure as the guesses behind them (slippers calibrate --write measures them).";
    String html = ReportRenderer.html(report);
    assertEquals(1, html.split(java.util.regex.Pattern.quote(line), -1).length - 1, html);
    assertFalse(html.contains("id=\"evidence\""));
    assertFalse(html.contains("95%:"));
    String markdown = ReportRenderer.markdown(report);
    assertEquals(1, markdown.split(java.util.regex.Pattern.quote(line), -1).length - 1, markdown);
    assertFalse(markdown.contains("95%:"));
  }

  /** The same seed gives the same page; the defaults are the ones the page states. */
  @Test
  void theDefaultDrawsAreSeededAndStated() {
    Journey journey = journey(tiny("30%", 30, 70));
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    FrictionReport first = FrictionReports.of(journey, analysis, Map.of());
    assertEquals(FrictionReports.SAMPLES, first.evidence().samples());
    assertEquals(UncertaintyAnalysis.DEFAULT_SEED, first.evidence().seed());
    assertEquals(ReportRenderer.html(first), ReportRenderer.html(FrictionReports.of(journey, analysis, Map.of())));
    assertTrue(ReportRenderer.html(first).contains("95% intervals from 1000 journeys drawn from the counts (seed 9)"));
    assertEquals(Optional.empty(), FrictionReports.uncertainty(ShirtStore.journey(), 10, 1));
  }
}
