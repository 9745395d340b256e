package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.model.Journey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrictionReportTest {

  private static final dev.slippers.wording.Numerals EN = dev.slippers.wording.Numerals.of(dev.slippers.model.Language.EN);

  private static final Map<String, FixGain> GAINS =
      Map.of("pay-before-fitting", new FixGain("pay-before-fitting", 20.0, 17.5, 0.2835, 0.31));

  private static FrictionReport report() {
    return FrictionReports.of(ShirtStore.journey(), ShirtStore.analysis(), GAINS);
  }

  @Test
  void leadsWithTheAnalysisRankingCappedAtTheTopFive() {
    FrictionReport report = report();
    assertEquals(List.of("pay-before-fitting", "written-claim", "passport-required", "lunch-break-trip", "wrong-fit"),
        report.topPains().stream().map(FrictionReport.PainRow::id).toList());
    FrictionReport.PainRow first = report.topPains().get(0);
    assertEquals(1, first.rank());
    assertEquals("The customer must pay before trying the shirt on", first.description());
    assertEquals("Travels to the store in the lunch break and pays", first.stageName());
    assertEquals("63%", EN.percent(first.affected()));
    assertEquals("2.52", EN.score(first.impact()));
    assertEquals("reaches 63% of customers x met by 100% of them = 63% affected; x severity 4 x pain weight 1"
        + " = impact 2.52", first.explanation());
    assertEquals("worth about +1.2\u00A0M\u00A0RUB per month (its share of fixing every pain)", first.cost(),
        "money rounded for people, from the pain's attributed value");
    assertEquals("alone about +1.2\u00A0M\u00A0RUB per month, success 0\u00a0pp; friction -2.50 (-12.5%)", first.whatIf(),
        "what fixing it alone changes, from the decision model; friction from the what-if");
    assertEquals("gain", first.sign());
    assertEquals(1_250_000, first.valueAttributed());
    assertEquals("effect on the flow not declared", report.topPains().get(3).whatIf(),
        "lunch-break-trip declares no effect: it says so instead of a number");
    assertEquals("", report.topPains().get(3).cost());
    assertEquals("undeclared", report.topPains().get(3).sign());
    assertEquals(List.of("Let customers try the order on before paying, as pick-up points do"), first.fixes());
    assertEquals("alone about +300\u00A0K\u00A0RUB per month, success 0\u00a0pp", report.topPains().get(1).whatIf(),
        "no what-if was computed for it: no friction");
    assertEquals("RUB per month", report.money());
  }

  @Test
  void funnelPutsSuccessFirstAndFindsWhereCustomersLeave() {
    FrictionReport report = report();
    assertEquals(List.of("success", "failure", "lost"), report.outcomes().stream().map(FrictionReport.OutcomeRow::outcome).toList());
    // 28.35% rounds half up, whichever side of the half the doubles land on.
    assertEquals("28.4%", EN.percent(report.outcomes().get(0).probability()));
    // 28.35% + 34.65% + 37%: rounded alone 28.4% + 34.7% + 37% = 100.1%; rounded together the two
    // halves tie and the missing tenth goes to the earlier outcome, success.
    assertEquals(List.of("28.4%", "34.6%", "37%"),
        report.outcomes().stream().map(o -> EN.percent(o.shown())).toList());
    assertEquals("28.4%", EN.percent(report.shownSuccess()));
    List<String> drops = report.dropOffs().stream().map(d -> d.stageId() + ">" + d.outcome() + " " + EN.percent(d.share())).toList();
    // need: 30% of everyone is lost; order: 70% x 10%; refund: 28% to no-shirt; return: 34.65% x 10% to gave-up.
    assertEquals(List.of("need>lost 30%", "refund>failure 28%", "order>lost 7%", "return>failure 3.5%", "come-back>lost 3.1%"), drops);
  }

  @Test
  void breachesLoopsAndSwitchesAreShownInTheMetricsUnits() {
    FrictionReport report = report();
    FrictionReport.BreachRow fcr = report.breaches().get(0);
    assertEquals(List.of("FCR", "30%", "80%", "short by 50%", "illustrative assumption (to measure: till records)"),
        List.of(fcr.metric(), fcr.value(), fcr.target(), fcr.gap(), fcr.source()));
    FrictionReport.BreachRow time = report.breaches().get(1);
    assertEquals(List.of("4 d", "1 d", "over by 3 d"), List.of(time.value(), time.target(), time.gap()));
    assertEquals(List.of("Asks for a refund at the till",
            "Goes back to the store another day with a passport, because a driving licence is not accepted for a written refund claim"),
        report.loops().get(0).stageNames());
    FrictionReport.SwitchRow switchRow = report.switches().get(0);
    assertEquals("28%", EN.percent(switchRow.probability()));
    assertEquals(List.of("pain: severity 4 x 100% (2.00)", "effort: 40m trip (1.10)"), report.stages().get(2).contributions());
  }

  @Test
  void htmlAndMarkdownCarryTheSameNumbers() {
    FrictionReport report = report();
    String html = ReportRenderer.html(report);
    String markdown = ReportRenderer.markdown(report);
    for (String text : List.of("28.3%", "2.52", "alone about +1.2\u00a0M\u00a0RUB per month, success 0\u00a0pp; friction -2.50 (-12.5%)", "short by 50%")) {
      assertTrue(html.contains(text), text + " in HTML");
    }
    assertTrue(markdown.contains("| 1 | The customer must pay before trying the shirt on | "
        + "Travels to the store in the lunch break and pays | 4 | 63% | 2.52 | worth about +1.2\u00a0M\u00a0RUB per month (its share of fixing every pain); "
        + "alone about +1.2\u00a0M\u00a0RUB per month, success 0\u00a0pp; friction -2.50 (-12.5%) |"),
        markdown);
    assertTrue(html.indexOf("id=\"pain-pay-before-fitting\"") < html.indexOf("id=\"pain-written-claim\""));
    assertTrue(html.contains("<div class=\"gain gain-gain\">"), "a gain is coloured as one");
    assertTrue(html.contains("<div class=\"gain gain-undeclared\">If fixed: effect on the flow not declared</div>"), html);
    assertFalse(html.contains("http"), "self-contained: no links out");
  }

  @Test
  void jsonKeepsRawNumbersInComponentOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportRenderer.json(report()));
    assertEquals("shirt-store", root.get("journeyId").asText());
    assertEquals(0.2835, root.get("success").asDouble());
    assertEquals("pay-before-fitting", root.at("/topPains/0/id").asText());
    assertEquals(2.52, root.at("/topPains/0/impact").asDouble());
    java.util.Iterator<String> names = root.fieldNames();
    assertEquals("format", names.next());
    assertEquals("slippers-report/1", root.get("format").asText());
    assertEquals("journeyId", names.next());
  }

  @Test
  void textFromTheJourneyIsEscapedInHtmlAndMarkdown() throws Exception {
    String yaml = java.nio.file.Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"))
        .replace("title: A shirt for a family party from a mass-market store (as-is)",
            "title: \"<script>alert(1)</script> **bold** | [link](x)\"")
        .replace("description: The customer must pay before trying the shirt on",
            "description: \"<img src=x onerror=alert(2)> pay | first\\n1. now\"");
    Journey journey = ShirtStore.parse(yaml).validJourney().orElseThrow();
    FrictionReport report = FrictionReports.of(journey, ShirtStore.analysis(), Map.of());
    String html = ReportRenderer.html(report);
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<img src"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; pay | first"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    String markdown = ReportRenderer.markdown(report);
    assertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\| \\[link\\](x)"), markdown);
    assertTrue(markdown.contains("\\<img src=x onerror=alert(2)\\> pay \\| first 1. now"), markdown);
    assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(markdown).find(), "every < is escaped");
  }

  @Test
  void speaksTheJourneysLanguage() {
    Journey banquet = ShirtStore.load(ShirtStore.JOURNEYS.resolve("banquet.yaml"));
    dev.slippers.analysis.JourneyAnalysis analysis = new dev.slippers.analysis.JourneyAnalyzer().analyze(banquet);
    FrictionReport report = FrictionReports.of(banquet, analysis, Map.of());
    assertTrue(report.topPains().get(0).explanation().startsWith("доходят "), report.topPains().get(0).explanation());
    String html = ReportRenderer.html(report);
    assertTrue(html.contains("<html lang=\"ru\">"));
    assertTrue(html.contains("<h2 id=\"act\">Что исправить в первую очередь</h2>"));
    assertFalse(html.contains("Act on these first"));
    String markdown = ReportRenderer.markdown(report);
    assertTrue(markdown.startsWith("## Отчёт о трении: "), markdown);
    assertTrue(markdown.contains("### Что исправить в первую очередь"), markdown);
  }

  /**
   * When no pain declares what it does to the flow, one paragraph says that they are ranked by impact and
   * show no money or success for that reason; the sentence that checks how the shares add up is left out,
   * as it has nothing to add up, instead of saying the same again.
   */
  @Test
  void painsThatDeclareNoEffectAreExplainedOnce() throws Exception {
    Journey banquet = ShirtStore.load(ShirtStore.JOURNEYS.resolve("banquet.yaml"));
    FrictionReport russian = FrictionReports.of(banquet, new dev.slippers.analysis.JourneyAnalyzer().analyze(banquet),
        Map.of());
    assertEquals("impact", russian.ranking());
    assertEquals("", russian.addsUp());
    String lead = "Ни одна боль не указывает, как она меняет поток (drives или causes), поэтому исправление любой из них"
        + " не меняет смоделированных исходов: ни для одной не показаны деньги или успех, а ранжированы боли по влиянию"
        + " — доле клиентов, которые с ними сталкиваются, умноженной на серьёзность.";
    for (String page : List.of(ReportRenderer.markdown(russian), ReportRenderer.html(russian))) {
      assertEquals(1, occurrences(page, lead), page);
      assertEquals(1, occurrences(page, "Ни одна боль не указывает"), "said once");
      assertEquals(0, occurrences(page, "её исправление не меняет смоделированных исходов"), "the old second paragraph");
      assertFalse(page.contains("id=\"adds-up\""), "no paragraph that checks shares");
    }
    assertTrue(ReportRenderer.markdown(russian).contains("\n\n" + lead + "\n\n| # | Боль |"), "one paragraph, then the table");

    // The shirt store with its drives and causes taken out: English says it once too.
    String yaml = java.nio.file.Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"));
    Journey undeclared = ShirtStore.parse(yaml.replaceAll("(?m)^ +(drives|causes): .*\n", "")).validJourney().orElseThrow();
    FrictionReport english = FrictionReports.of(undeclared,
        new dev.slippers.analysis.JourneyAnalyzer().analyze(undeclared), Map.of());
    assertEquals("impact", english.ranking());
    String sentence = "No pain point declares what it does to the flow (drives or causes), so fixing one changes no"
        + " outcome the journey models: no figure of money or success is shown for any of them, and they are ranked"
        + " by impact, the share of customers who meet them times their severity.";
    for (String page : List.of(ReportRenderer.markdown(english), ReportRenderer.html(english))) {
      assertEquals(1, occurrences(page, sentence), page);
      assertEquals(1, occurrences(page, "No pain point declares"), "said once");
      assertEquals(0, occurrences(page, "so no figure of money or success is shown for one"), "the old second paragraph");
    }

    // A pain with a declared effect: the ranking's lead and the sentence that checks the shares, as before.
    FrictionReport declared = FrictionReports.of(ShirtStore.journey(),
        new dev.slippers.analysis.JourneyAnalyzer().analyze(ShirtStore.journey()), Map.of());
    String markdown = ReportRenderer.markdown(declared);
    assertTrue(markdown.contains("Pain points ranked by the money fixing them is worth: "), markdown);
    assertTrue(markdown.contains("These amounts add up: "), markdown);
    assertFalse(markdown.contains("No pain point declares"), markdown);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  @Test
  void portfolioRanksByValueAtRiskThenSuccessNotByFriction() {
    FrictionReport store = report();
    FrictionReport calm = new FrictionReport("calm", "Calm", "", 0.9, 1.0, "5m", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), "", dev.slippers.model.Language.EN);
    FrictionReport tie = new FrictionReport("tie", "Tie", "", 0.5, 1.0, "5m", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), "", dev.slippers.model.Language.EN);
    Portfolio portfolio = Portfolio.of(List.of(calm, store, tie));
    assertEquals(List.of("shirt-store", "tie", "calm"), portfolio.rows().stream().map(Portfolio.Row::journeyId).toList(),
        "without economics: lowest success first");
    assertEquals("The customer must pay before trying the shirt on", portfolio.rows().get(0).topPain());
    String html = ReportRenderer.html(portfolio);
    assertTrue(html.indexOf("data-journey=\"shirt-store\"") < html.indexOf("data-journey=\"calm\""));
    assertTrue(html.contains("href=\"shirt-store-report.html\""));
    assertTrue(ReportRenderer.markdown(portfolio).contains("| 1 | A shirt for a family party from a mass-market store (as-is) (shirt-store) |"));

    // Bundled journeys: a calm journey that loses a lot of money ranks above a rough one that loses little.
    List<FrictionReport> reports = new java.util.ArrayList<>();
    for (String id : List.of("shirt-store", "shirt-marketplace", "curtain-cleaning")) {
      Journey journey = ShirtStore.load(ShirtStore.JOURNEYS.resolve(id + ".yaml"));
      reports.add(FrictionReports.of(journey, new dev.slippers.analysis.JourneyAnalyzer().analyze(journey), Map.of()));
    }
    List<Portfolio.Row> rows = Portfolio.of(reports).rows();
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).atRisk() >= rows.get(i).atRisk(), rows.toString());
    }
    assertEquals("shirt-store", rows.get(0).journeyId(), "18 M RUB at risk");
    assertTrue(rows.get(0).atRiskText().startsWith("about 18\u00a0M\u00a0RUB per month"), rows.get(0).atRiskText());
    Portfolio.Row same = new Portfolio.Row("b", "B", 100.0, "RUB", "month", 0.9, 1, 50, "", 0, "b-report.html", 0.9);
    Portfolio.Row lower = new Portfolio.Row("a", "A", 100.0, "RUB", "month", 0.4, 1, 1, "", 0, "a-report.html", 0.4);
    assertEquals(List.of("a", "b"), new Portfolio(List.of(same, lower)).rows().stream().map(Portfolio.Row::journeyId).toList(),
        "equal value at risk: lower success first, whatever the friction");
  }
}
