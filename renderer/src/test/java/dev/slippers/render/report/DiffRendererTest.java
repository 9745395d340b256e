package dev.slippers.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.diff.JourneyDiff;
import dev.slippers.diff.JourneyDiffer;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.model.Journey;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffRendererTest {

  @Test
  void textAndMarkdownShowTheSameChangesAndMarkdownEscapesTheJourneysText() throws Exception {
    Journey before = ShirtStore.journey();
    String yaml = Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"))
        .replace("name: Waits for the money", "name: \"Waits | for **the** money\"")
        .replace("  - id: wearing\n    name: Wears the shirt at the party\n", "  - id: wearing\n    name: \"Wears it <b>\"\n");
    Journey after = ShirtStore.parse(yaml).validJourney().orElseThrow();
    JourneyDiff diff = JourneyDiffer.diff(before, ShirtStore.analysis(), after, ShirtStore.analysis());
    assertEquals(2, diff.changes().size());

    String text = DiffRenderer.text(diff, before, after);
    assertTrue(text.contains("Changes (2):\n  ~ changed stage refund: name Waits for the money -> Waits | for **the** money\n"), text);
    assertTrue(text.contains("\nno regression\n"), text);
    // The gate's three figures lead, as the gate judges them; friction follows as the explanation. Success
    // as the report shows it: 28.35% ties with failure's 34.65% at half a tenth and, the earlier, takes it.
    assertTrue(text.contains("\nsuccess    28.4% -> 28.4% (0\u00a0pp)\nexperience 0.00 -> 0.00 (0.00) (both with a churn penalty of 10.00)\n"
        + "friction   8.21 -> 8.21 (0.00)\n"), text);

    String markdown = DiffRenderer.markdown(diff, before, after);
    assertTrue(markdown.contains("- \\~ changed stage refund: name Waits for the money -\\> Waits \\| for \\*\\*the\\*\\* money\n"),
        markdown);
    assertTrue(markdown.contains("Wears it \\<b\\>"), markdown);
    assertTrue(markdown.contains("No regression."), markdown);
  }

  /**
   * Each version's outcome shares add up to 100% as the diff shows them, each change is the shown after
   * less the shown before, and success is what each version's report leads with.
   */
  @Test
  void eachVersionsOutcomesAddUpAndMatchItsReport() {
    Journey before = ShirtStore.journey();
    Journey after = ShirtStore.load(ShirtStore.JOURNEYS.resolve("shirt-marketplace.yaml"));
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    JourneyAnalysis a = analyzer.analyze(before);
    JourneyAnalysis b = analyzer.analyze(after);
    String text = DiffRenderer.text(JourneyDiffer.diff(before, a, after, b), before, after);
    java.util.regex.Matcher line = java.util.regex.Pattern
        .compile("(?m)^  (\\S+): ([0-9.]+)% -> ([0-9.]+)% \\(([-+]?[0-9.]+)\u00a0pp\\)$")
        .matcher(text.substring(text.indexOf("\nOutcomes:\n")));
    int sumBefore = 0;
    int sumAfter = 0;
    List<String> names = new java.util.ArrayList<>();
    while (line.find()) {
      names.add(line.group(1));
      int was = tenths(line.group(2));
      int is = tenths(line.group(3));
      assertEquals(is - was, tenths(line.group(4)), line.group() + ": the change is the difference shown");
      sumBefore += was;
      sumAfter += is;
    }
    assertEquals(List.of("failure", "lost", "success"), names, text);
    assertEquals(1000, sumBefore, text);
    assertEquals(1000, sumAfter, text);
    String reportBefore = Numbers.percent(FrictionReports.of(before, a, java.util.Map.of()).shownSuccess(), before.language());
    String reportAfter = Numbers.percent(FrictionReports.of(after, b, java.util.Map.of()).shownSuccess(), after.language());
    assertTrue(text.contains("\nsuccess    " + reportBefore + " -> " + reportAfter + " ("), text);
    assertTrue(text.contains("\n  success: " + reportBefore + " -> " + reportAfter + " ("), text);
  }

  private static int tenths(String percent) {
    return new java.math.BigDecimal(percent).movePointRight(1).intValueExact();
  }

  /** The bundled as-is store against the to-be marketplace, analysed for real. */
  static String storeToMarketplace() {
    Journey before = ShirtStore.journey();
    Journey after = ShirtStore.load(ShirtStore.JOURNEYS.resolve("shirt-marketplace.yaml"));
    return html(before, after);
  }

  static String html(Journey before, Journey after) {
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    JourneyAnalysis a = analyzer.analyze(before);
    JourneyAnalysis b = analyzer.analyze(after);
    return DiffRenderer.html(JourneyDiffer.diff(before, a, after, b), before, after);
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void theHtmlPageLeadsWithTheVerdictThenTheGatesFiguresThenTheChanges() {
    String html = storeToMarketplace();
    assertEquals(1, count(html, "<h1"), "one h1");
    assertTrue(html.contains("<h1>Journey diff: shirt-store → shirt-marketplace</h1>"), html);
    int verdict = html.indexOf("id=\"verdict\"");
    int figures = html.indexOf("id=\"figures\"");
    int changes = html.indexOf("id=\"change-list\"");
    assertTrue(html.indexOf("<h1") < verdict && verdict < figures && figures < changes, "verdict, figures, changes");
    assertTrue(html.contains("data-regressed=\"false\">\n<b>No regression:</b> value, success and experience held or"
        + " improved; the gate passes.\n</p>"), html);
    // The figures in the gate's order, each before -> after with its change and the gate's judgement.
    List<String> rows = java.util.regex.Pattern.compile("<tr id=\"figure-([a-z]+)\">").matcher(html).results()
        .map(m -> m.group(1)).toList();
    assertEquals(List.of("value", "success", "experience", "friction"), rows);
    assertTrue(html.contains("<tr id=\"figure-success\"><th scope=\"row\">Success</th><td class=\"num\">28.4%</td>"
        + "<td class=\"num\">78.1%</td><td class=\"num\">+49.7\u00a0pp</td><td class=\"judged-better\">better</td></tr>"),
        html);
    assertTrue(html.contains("<td class=\"judged-none\">not judged, explains</td>"), "friction only explains");
    assertTrue(html.contains("<span class=\"sym sym-removed\" aria-hidden=\"true\">-</span><span>removed stage come-back ("),
        html);
    assertTrue(html.contains("<span>changed transition fitting-&gt;return: share 55% → 8%"), html);
    // Self-contained: no script, nothing fetched, no link out.
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("http"), "no address in the page");
    assertFalse(html.contains(" src="));
  }

  @Test
  void aRegressionNamesWhatGotWorseInTheJourneysLanguage() throws Exception {
    Journey before = ShirtStore.load(ShirtStore.JOURNEYS.resolve("banquet.yaml"));
    Journey after = ShirtStore.parse(Files.readString(ShirtStore.JOURNEYS.resolve("banquet.yaml"))
        .replace("{from: pay, to: comes-back, share: 5%}", "{from: pay, to: comes-back, share: 2%}")
        .replace("{from: pay, to: never-again, share: 15%}", "{from: pay, to: never-again, share: 18%}"))
        .validJourney().orElseThrow();
    String html = html(before, after);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">"), html.substring(0, 80));
    assertTrue(html.contains("data-regressed=\"true\">\n<b>Регрессия:</b> ухудшилось: ценность, успех, опыт;"
        + " slippers diff --fail-on-regression завершится с кодом 1.\n</p>"), html);
    assertTrue(html.contains("<tr id=\"figure-success\"><th scope=\"row\">Успех</th>"), html);
    assertTrue(html.contains("<td class=\"judged-worse\">хуже</td>"), html);
  }

  @Test
  void journeyTextInTheHtmlPageStaysText() throws Exception {
    Journey before = ShirtStore.journey();
    Journey after = ShirtStore.parse(Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"))
        .replace("title: A shirt for a family party from a mass-market store (as-is)",
            "title: \"<script>alert(1)</script> & <img src=x onerror=alert(2)>\"")
        .replace("  - id: wearing\n    name: Wears the shirt at the party\n",
            "  - id: wearing\n    name: \"</span><script>alert(3)</script>\"\n"))
        .validJourney().orElseThrow();
    String html = html(before, after);
    assertFalse(html.contains("<script"), "no script element");
    assertFalse(html.contains("<img"), "no image element");
    assertTrue(html.contains("<b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;</b>"), html);
    assertTrue(html.contains("name Wears the shirt at the party → &lt;/span&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), html);
  }
}
