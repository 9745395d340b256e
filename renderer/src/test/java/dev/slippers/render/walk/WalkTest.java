package dev.slippers.render.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.model.Journey;
import dev.slippers.render.report.ShirtStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WalkTest {

  private final Journey journey = ShirtStore.journey();
  private final JourneyAnalysis analysis = ShirtStore.analysis();

  @Test
  void takesTheMostLikelyPathByDefault() {
    WalkPaths.Choice choice = WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY);
    assertEquals(List.of("need", "order", "collect", "fitting", "wearing"), choice.stages());
    // The path is taken by 0.2835 of customers, 28.35%: a half, shown rounded up as the report rounds success.
    assertEquals("The most likely path, taken by 28.4% of customers", choice.label());
  }

  @Test
  void takesTheHighestFrictionPathOrAnExplicitOne() {
    assertEquals("no-shirt", last(WalkPaths.choose(journey, analysis, "highest-friction").stages()));
    WalkPaths.Choice explicit = WalkPaths.choose(journey, analysis, "fitting, return,gave-up");
    assertEquals(List.of("fitting", "return", "gave-up"), explicit.stages());
  }

  @Test
  void refusesAPathThatTheJourneyCannotTake() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> WalkPaths.choose(journey, analysis, "need,shop"));
    assertTrue(unknown.getMessage().startsWith("the path names the stage 'shop', which the journey does not have"));
    IllegalArgumentException unjoined = assertThrows(IllegalArgumentException.class,
        () -> WalkPaths.choose(journey, analysis, "need,fitting"));
    assertEquals("the path goes from 'need' to 'fitting', but no transition joins them", unjoined.getMessage());
  }

  @Test
  void showsEachStageAsThePersonaFeelsIt() {
    Walk walk = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, "most-likely"), Optional.empty());
    assertEquals(List.of("Careful planner", "Plans ahead"), List.of(walk.persona(), walk.personaType()));
    assertEquals(5, walk.steps().size());
    Walk.Step collect = walk.steps().get(2);
    assertEquals("collect", collect.stageId());
    assertEquals("3.10", collect.friction());
    assertEquals("63%", collect.reach());
    Walk.TouchpointView travel = collect.touchpoints().get(0);
    assertEquals(-1, travel.emotion(), "the journey's default persona, planner, feels -1 on the trip");
    assertEquals("negative", travel.emotionLabel());
    assertEquals("40 min", travel.duration());
    assertEquals(List.of("lunch-break-trip", "pay-before-fitting"), collect.pains().stream().map(Walk.PainView::id).toList());
    assertEquals(List.of("pain: severity 4 x 100% (2.00)", "effort: 40m trip (1.10)"), collect.why());
    Walk.MetricView ces = collect.metrics().get(0);
    assertEquals(List.of("CES", "5.2", "3.5"), List.of(ces.name(), ces.value(), ces.target()));
    assertTrue(ces.breached());

    Walk impatient = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, "most-likely"), Optional.of("now"));
    assertEquals(-2, impatient.steps().get(2).touchpoints().get(0).emotion());
    assertThrows(IllegalArgumentException.class,
        () -> Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, "most-likely"), Optional.of("nobody")));
  }

  @Test
  void htmlHasAStepPerStageAndAChecklistPerStep() {
    Walk walk = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, "highest-friction"), Optional.empty());
    String html = WalkRenderer.html(walk);
    assertEquals(8, count(html, "<section class=\"step\""));
    assertEquals(8, count(html, "<aside class=\"checklist\""));
    assertTrue(html.contains("data-stage=\"come-back\""));
    assertTrue(html.contains("data-pain=\"passport-required\""));
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src=\""), "works offline");
  }

  @Test
  void htmlEscapesTheJourneysText() throws Exception {
    String yaml = java.nio.file.Files.readString(ShirtStore.JOURNEYS.resolve("shirt-store.yaml"))
        .replace("name: Looks for a white shirt for the party", "name: \"</script><script>alert(1)</script>\"")
        .replace("thought: Which size will fit me in this brand?", "thought: \"<b onclick=x>${oops}</b>\"");
    Journey hostile = ShirtStore.parse(yaml).validJourney().orElseThrow();
    String html = WalkRenderer.html(Walks.of(hostile, analysis, WalkPaths.choose(hostile, analysis, "most-likely"),
        Optional.empty()));
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<b onclick"));
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;b onclick=x&gt;${oops}&lt;/b&gt;"));
  }

  @Test
  void speaksTheJourneysLanguage() {
    Journey banquet = ShirtStore.load(ShirtStore.JOURNEYS.resolve("banquet.yaml"));
    JourneyAnalysis banquetAnalysis = new dev.slippers.analysis.JourneyAnalyzer().analyze(banquet);
    Walk walk = Walks.of(banquet, banquetAnalysis, WalkPaths.choose(banquet, banquetAnalysis, "most-likely"),
        Optional.empty());
    assertTrue(walk.pathLabel().startsWith("Самый вероятный путь: по нему идут "), walk.pathLabel());
    assertEquals("сотрудник", walk.steps().get(0).touchpoints().get(0).actor(), "staff, in the journey's words");
    String html = WalkRenderer.html(walk);
    assertTrue(html.contains("<html lang=\"ru\">"));
    assertTrue(html.contains(">Шаг 1 из " + walk.steps().size() + "<"), "the counter before the script runs");
    assertTrue(html.contains("data-step-label=\"Шаг {n} из {m}\""), "the counter the script writes");
    assertTrue(html.contains("<h3>Ваш разбор</h3>"));
    assertFalse(html.contains("Your review"));
    assertTrue(WalkRenderer.html(Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, "most-likely"),
        Optional.empty())).contains("<h3>Your review</h3>"), "an English journey keeps English words");
  }

  @Test
  void aPathThatLoopsBackCountsTheVisits() {
    Journey marketplace = ShirtStore.load(ShirtStore.JOURNEYS.resolve("shirt-marketplace.yaml"));
    JourneyAnalysis loopAnalysis = new dev.slippers.analysis.JourneyAnalyzer().analyze(marketplace);
    Walk walk = Walks.of(marketplace, loopAnalysis,
        WalkPaths.choose(marketplace, loopAnalysis, "order,collect,fitting,return,order,collect"), Optional.empty());
    assertEquals(List.of(1, 1, 1, 1, 2, 2), walk.steps().stream().map(Walk.Step::visit).toList());
    String html = WalkRenderer.html(walk);
    assertEquals(6, count(html, "<section class=\"step\""));
    assertTrue(html.contains("id=\"step-5\" data-stage=\"order\""), "a second visit has its own step");
    assertTrue(html.contains("visit 2 of this stage"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String last(List<String> list) {
    return list.get(list.size() - 1);
  }
}
