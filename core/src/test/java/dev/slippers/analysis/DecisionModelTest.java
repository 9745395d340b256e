package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The decision model worked by hand on {@code causal-chain.yaml} (docs/analysis.md, section 15):
 * vague-chart causes 50% of one-guess, one-guess causes 75% of wrong-fit, wrong-fit drives every
 * customer who meets it (40% of fit's) to return.
 */
class DecisionModelTest {

  private static final double EPS = 1e-9;
  private static final double MONEY = 1e-3;
  private final Journey chain = Fixtures.analysisFixture("causal-chain.yaml");
  private final JourneyAnalysis analysis = new JourneyAnalyzer().analyze(chain);

  static Journey parse(String yaml) {
    Path folder = Path.of("src/test/resources/analysis");
    LoadResult result = new JourneyLoader(folder).parse(folder.resolve("inline.yaml").toString(), yaml);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList());
    return result.journey().orElseThrow();
  }

  private Map<String, PainImpact> pains() {
    return analysis.painPoints().stream().collect(Collectors.toMap(PainImpact::painPointId, p -> p));
  }

  @Test
  void valuePerPeriodWeighsEveryOutcome() {
    // success 60%, refund 40% x 75% = 30%, failure 10%: 1000 x (0.6 x 3000 - 0.3 x 200 - 0.1 x 1000)
    JourneyValue value = analysis.value().orElseThrow();
    assertEquals(1_640_000, value.expectedPerPeriod(), MONEY);
    assertEquals(3_000_000, value.bestPerPeriod(), MONEY);
    assertEquals("RUB", value.currency());
    assertEquals("month", value.period());
  }

  @Test
  void aFixReachesTheRootCauseThroughAChainOfTwo() {
    // vague-chart fixed: one-guess keeps 1 - 0.5 of its 80%; wrong-fit keeps 1 - 0.75 x 0.5 = 62.5% of
    // its 40% = 25%; 15 points of fit's customers move from return to keep.
    Journey fixed = PainFixes.apply(chain, List.of("vague-chart"));
    Map<String, Double> frequency = fixed.painPoints().stream()
        .collect(Collectors.toMap(p -> p.id(), p -> p.frequency()));
    assertEquals(0.0, frequency.get("vague-chart"), EPS);
    assertEquals(0.4, frequency.get("one-guess"), EPS);
    assertEquals(0.25, frequency.get("wrong-fit"), EPS);
    assertEquals(0.5, frequency.get("rude-staff"), EPS);
    assertEquals(0.75, fixed.outgoing("fit").get(0).share().getAsDouble(), EPS);
    assertEquals(0.25, fixed.outgoing("fit").get(1).share().getAsDouble(), EPS);
    JourneyAnalysis after = new JourneyAnalyzer().analyze(chain, new AnalysisOptions(5, List.of("vague-chart")));
    assertEquals(0.75, after.successProbability(), EPS);
    assertEquals(0.1875, after.outcomes().get("refund"), EPS);
    assertEquals(0.0625, after.outcomes().get("failure"), EPS);
  }

  @Test
  void eachPainAloneIsWorthItsChangeInValue() {
    Map<String, PainImpact> pains = pains();
    // wrong-fit alone: nobody returns, 3,000,000; one-guess alone: wrong-fit at 10%, success 90%,
    // 1000 x (2700 - 15 - 25) = 2,660,000; vague-chart alone: 2,150,000 (see above).
    assertEquals(1_360_000, pains.get("wrong-fit").valueIfFixed().getAsDouble(), MONEY);
    assertEquals(1_020_000, pains.get("one-guess").valueIfFixed().getAsDouble(), MONEY);
    assertEquals(510_000, pains.get("vague-chart").valueIfFixed().getAsDouble(), MONEY);
    assertEquals(0.4, pains.get("wrong-fit").successIfFixed(), EPS);
    assertEquals(0.15, pains.get("vague-chart").successIfFixed(), EPS);
  }

  @Test
  void shapleyValuesAreExactAndAddUpToTheGainOfFixingAll() {
    // v(a) = 510k, v(b) = 1020k, v(c) = 1360k, v(ab) = 1020k, v(ac) = v(bc) = v(abc) = 1360k.
    // phi_a = 510k/3 = 170k; phi_b = 1020k/3 + 510k/6 = 425k; phi_c = 1360k/3 + 850k/6 + 340k/6 + 340k/3 = 765k.
    Map<String, PainImpact> pains = pains();
    assertEquals(170_000, pains.get("vague-chart").valueAttributed().getAsDouble(), MONEY);
    assertEquals(425_000, pains.get("one-guess").valueAttributed().getAsDouble(), MONEY);
    assertEquals(765_000, pains.get("wrong-fit").valueAttributed().getAsDouble(), MONEY);
    double total = analysis.painPoints().stream().mapToDouble(p -> p.valueAttributed().getAsDouble()).sum();
    JourneyAnalysis all = new JourneyAnalyzer().analyze(chain,
        new AnalysisOptions(5, List.of("vague-chart", "one-guess", "wrong-fit", "rude-staff")));
    assertEquals(all.value().orElseThrow().expectedPerPeriod() - analysis.value().orElseThrow().expectedPerPeriod(),
        total, MONEY);
    assertEquals(new Attribution(Attribution.EXACT, 3, 0, 0), analysis.attribution());
    assertEquals(List.of("wrong-fit", "one-guess", "vague-chart", "rude-staff"),
        analysis.painPoints().stream().map(PainImpact::painPointId).toList(), "ranked by money attributed");
  }

  @Test
  void aPainWithoutADeclaredEffectIsWorthNothing() {
    PainImpact rude = pains().get("rude-staff");
    assertFalse(rude.effectDeclared());
    assertEquals(0.0, rude.valueIfFixed().getAsDouble());
    assertEquals(0.0, rude.valueAttributed().getAsDouble());
    assertEquals(0.0, rude.successIfFixed());
    assertTrue(rude.impact() > 0, "it still hurts the experience");
  }

  @Test
  void noPainIsWorthMoreThanTheValueAtRisk() {
    double atRisk = analysis.value().orElseThrow().atRisk();
    for (PainImpact p : analysis.painPoints()) {
      assertTrue(p.valueIfFixed().getAsDouble() <= atRisk + MONEY, p.painPointId());
      assertTrue(p.valueAttributed().getAsDouble() <= atRisk + MONEY, p.painPointId());
    }
    assertEquals(atRisk, pains().get("wrong-fit").valueIfFixed().getAsDouble(), MONEY, "the root fix reaches the best");
  }

  @Test
  void twoPainsWithTheSameEffectShareTheGainEqually() {
    Journey twins = parse("""
        slippers: 1
        id: twins
        title: Twins
        stages:
          - id: a
            name: A
            pain_points:
              - {id: left, description: L, severity: 1, frequency: 40%, drives: {to: bad, share: 50%}}
              - {id: right, description: R, severity: 5, frequency: 40%, drives: {to: bad, share: 50%}}
          - {id: good, name: Good, outcome: success}
          - {id: bad, name: Bad, outcome: failure}
        transitions:
          - {from: a, to: good, share: 60%}
          - {from: a, to: bad, share: 40%}
        economics: {customers: 100, period: month, value_per_success: 10}
        """);
    JourneyAnalysis a = new JourneyAnalyzer().analyze(twins);
    PainImpact left = a.painPoints().stream().filter(p -> p.painPointId().equals("left")).findFirst().orElseThrow();
    PainImpact right = a.painPoints().stream().filter(p -> p.painPointId().equals("right")).findFirst().orElseThrow();
    // Each moves 20 points from bad to good: 100 x 0.2 x 10 = 200 alone; both together 400.
    assertEquals(200, left.valueIfFixed().getAsDouble(), MONEY);
    assertEquals(left.valueAttributed().getAsDouble(), right.valueAttributed().getAsDouble(), MONEY);
    assertEquals(200, left.valueAttributed().getAsDouble(), MONEY);
    assertEquals("right", a.painPoints().get(0).painPointId(), "equal money: the more severe pain first");
  }

  @Test
  void theExperienceChargesChurnAndCreditsBrightSpots() {
    String yaml = """
        slippers: 1
        id: bright
        title: Bright
        stages:
          - id: a
            name: A
            pain_points:
              - {id: p, description: P, severity: 2, frequency: 100%}
          - id: done
            name: Done
            outcome: success
            touchpoints:
              - {id: thanks, action: A thank-you gift, emotion: 2}
        transitions:
          - {from: a, to: done, share: 50%}
        """;
    // g_a = 0.5; net: a (2 - 0) x 0.5 = 1, done (0 - 2) x 1 = -2; finished = 1 + 0.5 x (-2) = 0;
    // M = 10 + max(0, h_a / g_a = 0, -2) = 10; cost = 0 + 10 x 0.5 = 5.
    ExperienceScore before = new JourneyAnalyzer().analyze(parse(yaml)).experience();
    assertEquals(5, before.perCustomer(), EPS);
    assertEquals(0, before.finishedFriction(), EPS);
    assertEquals(1, before.brightCredit(), EPS);
    assertEquals(10, before.churnPenalty(), EPS);
    JourneyAnalysis more = new JourneyAnalyzer().analyze(parse(yaml.replace("share: 50%", "share: 60%")));
    assertEquals(4, more.experience().perCustomer(), EPS, "more customers continuing is better, not worse");
    assertEquals(List.of(new BrightSpot("thanks", "done", 2, 2.0, 0.6)), more.brightSpots());
  }

  @Test
  void losingACustomerCostsThePenaltyOnTopOfTheFrictionOfFinishing() {
    String yaml = """
        slippers: 1
        id: rough
        title: Rough
        scoring: {churn_penalty: 4}
        stages:
          - id: a
            name: A
            pain_points:
              - {id: p, description: P, severity: 5, frequency: 100%}
              - {id: q, description: Q, severity: 5, frequency: 100%}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: a, to: done, share: 50%}
        """;
    // A finishing customer meets 10 (h_a / g_a = 5 / 0.5); M = 4 + 10 = 14.
    // cost = 0.5 x 10 + 0.5 x 14 = 12. With M = max(4, 10) = 10 (the old rule) every customer cost
    // 10 whatever the share who finish: the figure equalled the penalty, as shirt-store's did (32.45).
    ExperienceScore score = new JourneyAnalyzer().analyze(parse(yaml)).experience();
    assertEquals(4, score.declaredPenalty(), EPS);
    assertEquals(14, score.churnPenalty(), EPS);
    assertEquals(12, score.perCustomer(), EPS);
    // 60% finish: 0.6 x 10 + 0.4 x 14 = 11.6, better than 12; the old rule gave 10 both times.
    ExperienceScore more = new JourneyAnalyzer().analyze(parse(yaml.replace("share: 50%", "share: 60%"))).experience();
    assertEquals(14, more.churnPenalty(), EPS);
    assertEquals(11.6, more.perCustomer(), EPS);
  }

  @Test
  void shirtStoresExperienceIsNotJustItsChurnPenalty() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(Fixtures.load(Path.of("../journeys"), "shirt-store.yaml"));
    ExperienceScore e = a.experience();
    // Every finishing customer walks need > order > collect > fitting > wearing: friction 32.45
    // (2.4 + 4.49 + 19.21 + 5.55 + 0.8), no bright spot on it; M = 10 + 32.45.
    double path = 2.4 + 4.49 + 19.21 + 5.55 + 0.8;
    assertEquals(10 + path, e.churnPenalty(), 0.01);
    assertEquals(a.successProbability() * path, e.finishedFriction(), 0.01);
    assertEquals(a.successProbability() * path + (1 - a.successProbability()) * (10 + path), e.perCustomer(), 0.01);
    assertTrue(e.perCustomer() > path + 1, "customers lost cost more than customers who finish");
  }
}
