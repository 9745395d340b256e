package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.AnalysisOptions;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.analysis.PainImpact;
import dev.slippers.analysis.WhatIf;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The report's numbers agree with each other and with the analysis, on every bundled journey, as a
 * manager would check them: the pains' shares add up to the gain of fixing them all (an independent
 * what-if with every pain fixed), no pain is worth more than the value at risk, the ranking follows
 * the money, the experience figure adds up, and a pain without a declared effect shows no number.
 */
class ReportNumbersAgreeTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> journeys() throws Exception {
    try (Stream<Path> files = Files.list(ShirtStore.JOURNEYS)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("catalogue.yaml"))
          .sorted().toList().stream();
    }
  }

  private static JsonNode reportJson(Journey journey, JourneyAnalysis analysis) throws Exception {
    return MAPPER.readTree(ReportRenderer.json(FrictionReports.of(journey, analysis, Map.of())));
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void theReportsNumbersAgree(String file) throws Exception {
    Journey journey = ShirtStore.load(ShirtStore.JOURNEYS.resolve(file));
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    JsonNode report = reportJson(journey, analysis);
    List<String> all = journey.painPoints().stream().map(PainPoint::id).distinct().toList();
    WhatIf everything = WhatIf.of(journey, AnalysisOptions.DEFAULT.withFixes(all));
    JsonNode pains = report.get("topPains");
    long declared = analysis.painPoints().stream().filter(PainImpact::effectDeclared).count();
    boolean allShown = declared <= FrictionReports.TOP_PAINS;

    if (journey.economics().isPresent()) {
      JsonNode value = report.get("value");
      double expected = value.get("expectedPerPeriod").asDouble();
      double best = value.get("bestPerPeriod").asDouble();
      double atRisk = value.get("atRisk").asDouble();
      double gain = value.get("gainOfFixingAll").asDouble();
      assertEquals(best - expected, atRisk, 1e-3 * Math.max(1, best), file + ": value at risk = best - expected");
      double whatIfGain = everything.valueAfter().getAsDouble() - everything.valueBefore().getAsDouble();
      assertEquals(whatIfGain, gain, 1e-6 * Math.max(1, Math.abs(best)),
          file + ": the shares add up to the gain of fixing every pain, as a what-if finds it");
      assertEquals(expected, everything.valueBefore().getAsDouble(), 1e-6 * Math.max(1, best), file);
      double shown = 0;
      double previous = Double.POSITIVE_INFINITY;
      for (JsonNode pain : pains) {
        double attributed = pain.get("valueAttributed").asDouble();
        assertTrue(pain.get("valueIfFixed").asDouble() <= atRisk + 1e-6 * Math.max(1, best), file + ": " + pain);
        assertTrue(attributed <= atRisk + 1e-6 * Math.max(1, best), file + ": " + pain);
        assertTrue(attributed <= previous + 1e-6 * Math.max(1, best), file + ": ranked by money, " + pain.get("id"));
        previous = attributed;
        shown += attributed;
      }
      if (allShown) {
        assertEquals(gain, shown, 1e-6 * Math.max(1, best), file + ": every pain with an effect is shown, so they add up");
      }
      assertEquals(declared > 0 ? "value" : "impact", report.get("ranking").asText(), file);
      if (declared > 0) {
        String addsUp = report.get("addsUp").asText();
        assertTrue(addsUp.contains(value.get("gainText").asText()), addsUp);
        assertTrue(addsUp.contains(value.get("atRiskText").asText()), addsUp);
      }
    } else {
      double gain = everything.after().successProbability() - everything.before().successProbability();
      double sum = analysis.painPoints().stream().mapToDouble(PainImpact::successAttributed).sum();
      assertEquals(gain, sum, 1e-9, file);
    }

    for (JsonNode pain : pains) {
      if (!pain.get("effectDeclared").asBoolean()) {
        assertEquals("undeclared", pain.get("sign").asText());
        assertEquals("", pain.get("cost").asText(), "no money for a pain without a declared effect");
        String notDeclared = PageText.get(journey.language(), "notDeclared");
        assertTrue(pain.get("whatIf").asText().startsWith(notDeclared), pain.toString());
        assertEquals(0, pain.get("successIfFixed").asDouble(), 1e-12);
      } else {
        boolean money = pain.hasNonNull("valueIfFixed");
        double delta = money ? pain.get("valueIfFixed").asDouble() : pain.get("successIfFixed").asDouble();
        double negligible = money ? 0.5 : 5e-4;
        assertEquals(delta > negligible ? "gain" : delta < -negligible ? "loss" : "none", pain.get("sign").asText(),
            file + " " + pain.get("id") + ": coloured by the sign of fixing it");
      }
    }

    JsonNode experience = report.get("experience");
    assertEquals(experience.get("perCustomer").asDouble(),
        experience.get("finishedFriction").asDouble() + experience.get("churnPenalty").asDouble()
            * experience.get("churnShare").asDouble(), 1e-9, file + ": the experience figure adds up");
    assertEquals(analysis.brightSpots().size(), report.get("brightSpots").size(), file);
  }

  @Test
  void shirtStoreReadsAsAManagerWouldCheckIt() throws Exception {
    Journey journey = ShirtStore.journey();
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    FrictionReport report = FrictionReports.of(journey, analysis, Map.of());
    assertEquals(List.of("wrong-fit", "single-size-only", "size-uncertainty"),
        report.topPains().stream().filter(FrictionReport.PainRow::effectDeclared).map(FrictionReport.PainRow::id).toList(),
        "by money: the root causes act only through the wrong fit, so it is worth most");
    String markdown = ReportRenderer.markdown(report);
    // 8,000 customers x (28.35% x 2,990 - 31.5% x 300) = 6.0 M; best 8,000 x 2,990 = 23.9 M.
    assertTrue(markdown.contains("Expected per month: **about 6.0\u00a0M\u00a0RUB**"), markdown);
    assertTrue(markdown.contains("At best, if every customer reached success: about 24\u00a0M\u00a0RUB"), markdown);
    assertTrue(markdown.contains("**about 18\u00a0M\u00a0RUB**"), markdown);
    // The rounded shares a manager sees add up to the rounded whole: 5.5 + 2.4 + 1.1 = 9.0.
    List<Double> shares = new ArrayList<>();
    Matcher m = Pattern.compile("worth about \\+([0-9.]+)\u00a0M\u00a0RUB per month").matcher(markdown);
    while (m.find()) {
      shares.add(Double.parseDouble(m.group(1)));
    }
    assertEquals(List.of(5.5, 2.4, 1.1), shares);
    assertTrue(markdown.contains("sum to about +9.0\u00a0M\u00a0RUB per month, the gain of fixing them all together"), markdown);
    assertTrue(markdown.contains("| effect on the flow not declared |"), markdown);
    assertFalse(markdown.contains("worth about +0"), "no money for a pain without an effect");
  }

  @Test
  void withoutEconomicsThePainsAreRankedBySuccessAndTheSharesAddUpInPoints() throws Exception {
    String yaml = Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"));
    yaml = yaml.substring(0, yaml.indexOf("\neconomics:") + 1);
    Journey journey = ShirtStore.parse(yaml).validJourney().orElseThrow();
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    FrictionReport report = FrictionReports.of(journey, analysis, Map.of());
    assertEquals("success", report.ranking());
    assertEquals(null, report.value());
    // wrong-fit 21.1 + single-size-only 9.4 + size-uncertainty 4.2 = 34.7 pp, the 63% who try the shirt on
    // less the 28.35% who keep it: everyone who tries it on keeps it once the wrong fit is gone.
    assertTrue(report.addsUp().contains("sum to +34.7\u00a0pp, the gain of fixing them all together"), report.addsUp());
    assertTrue(report.addsUp().contains("the largest is +21.1\u00a0pp"), report.addsUp());
    // 100% less the 28.4% shown as reaching success, the 31.5% and 40.1% the outcome list shows added.
    assertTrue(report.addsUp().contains("exceeds the 71.6% of customers who do not reach success"), report.addsUp());
    FrictionReport.PainRow first = report.topPains().get(0);
    assertEquals("wrong-fit", first.id());
    assertEquals("alone success +34.7\u00a0pp", first.whatIf());
    assertEquals("", first.cost());
    assertEquals(null, first.valueAttributed());
    assertEquals("gain", first.sign());
    String markdown = ReportRenderer.markdown(report);
    assertFalse(markdown.contains("RUB"), "no money without economics");
    assertFalse(markdown.contains("What the journey is worth\n\n- Expected"), markdown);
  }

  /**
   * Every share of customers by outcome on a report page agrees with the others as the page shows them, in
   * Markdown and in HTML: the outcome list adds up to 100%, the headline is its success, and the experience
   * sentence's customers who fail or are lost are its failure and lost added.
   */
  @ParameterizedTest
  @MethodSource("journeys")
  void theOutcomeSharesOnAPageAgree(String file) throws Exception {
    Journey journey = ShirtStore.load(ShirtStore.JOURNEYS.resolve(file));
    FrictionReport report = FrictionReports.of(journey, new JourneyAnalyzer().analyze(journey), Map.of());
    Shown markdown = Shown.markdown(ReportRenderer.markdown(report), journey.language());
    Shown html = Shown.html(ReportRenderer.html(report), journey.language());
    assertEquals(markdown, html, file + ": HTML shows what Markdown shows");
    List<String> kinds = report.outcomes().stream().map(FrictionReport.OutcomeRow::kind).toList();
    assertEquals(kinds.size(), markdown.outcomes().size(), file + ": " + markdown);
    assertEquals(1000, markdown.outcomes().stream().mapToInt(Integer::intValue).sum(), file + ": " + markdown);
    int failOrLost = 0;
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).equals("success")) {
        assertEquals(markdown.outcomes().get(i), markdown.headline(), file + ": the headline is the listed success");
      }
      if (kinds.get(i).equals("failure") || kinds.get(i).equals("lost")) {
        failOrLost += markdown.outcomes().get(i);
      }
      double exact = report.outcomes().get(i).probability() * 1000;
      assertTrue(Math.abs(markdown.outcomes().get(i) - exact) < 1, file + ": within a tenth of " + exact);
    }
    assertEquals(failOrLost, markdown.failOrLost(), file + ": the experience sentence's churn is failure and lost added");
  }

  @Test
  void shirtStoresChurnIsTheRestOfItsShownSuccess() throws Exception {
    Journey journey = ShirtStore.journey();
    FrictionReport report = FrictionReports.of(journey, new JourneyAnalyzer().analyze(journey), Map.of());
    // 0.2835 succeed, 0.7165 fail or are lost: each rounded alone, 28.4% and 71.7%, 100.1% together.
    assertEquals(0.2835, report.success(), 1e-12);
    assertEquals(0.7165, report.experience().churnShare(), 1e-12);
    String markdown = ReportRenderer.markdown(report);
    String html = ReportRenderer.html(report);
    for (Shown shown : List.of(Shown.markdown(markdown, journey.language()), Shown.html(html, journey.language()))) {
      assertEquals(new Shown(284, List.of(284, 315, 401), 716), shown, "28.4%, 28.4% + 31.5% + 40.1%, 71.6%");
      assertEquals(1000 - shown.headline(), shown.failOrLost(), "the churn is 100% less the success shown");
    }
    for (String page : List.of(markdown, html)) {
      assertTrue(page.contains("for each of the 71.6% of customers who fail or are lost"), page);
      assertFalse(page.contains("71.7%"), "the churn rounded alone is gone");
    }
  }

  @Test
  void theJsonKeepsTheExactOutcomeShares() throws Exception {
    Journey journey = ShirtStore.journey();
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    JsonNode report = reportJson(journey, analysis);
    for (JsonNode row : report.get("outcomes")) {
      List<String> keys = new ArrayList<>();
      row.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("outcome", "kind", "probability"), keys, "no rounded share in the JSON");
      assertEquals(analysis.outcomes().get(row.get("outcome").asText()), row.get("probability").asDouble(), 1e-9);
    }
    assertEquals(0.2835, report.get("success").asDouble(), 1e-9);
    assertEquals(0.7165, report.at("/experience/churnShare").asDouble(), 1e-9);
    FrictionReport built = FrictionReports.of(journey, analysis, Map.of());
    JsonNode portfolio = MAPPER.readTree(ReportRenderer.json(Portfolio.of(List.of(built))));
    assertFalse(portfolio.at("/rows/0").has("shownSuccess"), portfolio.toString());
    assertEquals(0.2835, portfolio.at("/rows/0/success").asDouble(), 1e-9);
  }

  /**
   * The outcome shares a report page shows, in tenths of a percent: the headline's success, the outcome
   * list in its order, and the experience sentence's customers who fail or are lost.
   */
  record Shown(int headline, List<Integer> outcomes, int failOrLost) {

    private static final String NUMBER = "([0-9]+(?:[.,][0-9])?)%";

    static Shown markdown(String page, dev.slippers.model.Language language) {
      int headline = tenths(first(page, "^\\*\\*" + NUMBER + "\\*\\*"));
      String list = page.substring(page.indexOf(language == dev.slippers.model.Language.RU
          ? "### Чем заканчивается путь" : "### Where customers end up"));
      list = list.substring(0, list.indexOf("\n\n", list.indexOf("\n- ")));
      return new Shown(headline, all(list, "^- [^\\n]*: \\*\\*" + NUMBER + "\\*\\*$"), churn(page, language));
    }

    static Shown html(String page, dev.slippers.model.Language language) {
      int headline = tenths(first(page, "<div class=\"card\" id=\"card-success\"><b>" + NUMBER + "</b>"));
      String legend = page.substring(page.indexOf("<div class=\"legend\">"));
      legend = legend.substring(0, legend.indexOf("</div>"));
      return new Shown(headline, all(legend, "<b>" + NUMBER + "</b>"), churn(page, language));
    }

    private static int churn(String page, dev.slippers.model.Language language) {
      return tenths(first(page, language == dev.slippers.model.Language.RU
          ? "за каждого из " + NUMBER + " клиентов" : "for each of the " + NUMBER + " of customers who fail or are lost"));
    }

    private static String first(String text, String regex) {
      Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
      assertTrue(m.find(), regex);
      return m.group(1);
    }

    private static List<Integer> all(String text, String regex) {
      Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
      List<Integer> found = new ArrayList<>();
      while (m.find()) {
        found.add(tenths(m.group(1)));
      }
      return found;
    }

    private static int tenths(String percent) {
      return new java.math.BigDecimal(percent.replace(',', '.')).movePointRight(1).intValueExact();
    }
  }

  @Test
  void russianReportsSpeakRussianAboutMoney() throws Exception {
    Journey journey = ShirtStore.load(ShirtStore.JOURNEYS.resolve("curtain-cleaning.yaml"));
    FrictionReport report = FrictionReports.of(journey, new JourneyAnalyzer().analyze(journey), Map.of());
    String markdown = ReportRenderer.markdown(report);
    if (journey.language() == dev.slippers.model.Language.RU) {
      assertTrue(markdown.contains("около "), markdown);
      assertFalse(markdown.contains(" about "), markdown);
    }
  }

  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  void theColoursOfAFixsSignAreReadable() throws Exception {
    String css = Files.readString(Path.of("src/main/resources/templates/report/style.ftlh"));
    for (String name : List.of("--good-text", "--bad-text", "--muted", "--ink")) {
      Matcher m = Pattern.compile(name + ": (#[0-9a-fA-F]{6})").matcher(css);
      assertTrue(m.find(), name);
      for (String background : List.of("#ffffff", "#f6f7f9")) {
        assertTrue(contrast(m.group(1), background) >= 4.5, name + " " + m.group(1) + " on " + background + ": "
            + contrast(m.group(1), background));
      }
    }
    assertEquals(4.38, contrast("#1f8a4c", "#ffffff"), 0.01, "the old green was too light for text");
  }
}
