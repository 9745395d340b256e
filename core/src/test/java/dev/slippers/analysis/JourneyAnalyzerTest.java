package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.Contribution.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers worked out by hand (see docs/analysis.md, "A worked example"). */
class JourneyAnalyzerTest {

  private static final double EPS = 1e-9;
  private final JourneyAnalysis loop = new JourneyAnalyzer().analyze(Fixtures.analysisFixture("support-loop.yaml"));

  @Test
  void outcomeProbabilitiesAccountForTheRepeatContactLoop() {
    // v_ask = 1 + 0.5 v_resolve, v_resolve = 0.8 v_ask  =>  v_ask = 5/3, v_resolve = 4/3
    assertEquals(List.of("failure", "lost", "success"), List.copyOf(loop.outcomes().keySet()));
    assertEquals(2.0 / 3, loop.outcomes().get("success"), EPS);
    assertEquals(1.0 / 6, loop.outcomes().get("failure"), EPS);
    assertEquals(1.0 / 6, loop.outcomes().get("lost"), EPS);
  }

  @Test
  void expectedVisitsCountEveryRoundOfTheLoop() {
    assertEquals(5.0 / 3, stage("ask").expectedVisits(), EPS);
    assertEquals(4.0 / 3, stage("resolve").expectedVisits(), EPS);
    assertEquals(2.0 / 3, stage("done").expectedVisits(), EPS);
  }

  @Test
  void reachProbabilityIsVisitedAtLeastOnce() {
    // resolve: return probability 0.5 x 0.8 = 0.4, so reach = 4/3 x 0.6
    assertEquals(1.0, stage("ask").reachProbability(), EPS);
    assertEquals(0.8, stage("resolve").reachProbability(), EPS);
    assertEquals(1.0 / 6, stage("quit").reachProbability(), EPS);
  }

  @Test
  void expectedDurationWeighsTouchpointsByVisits() {
    assertEquals(120 * 5.0 / 3 + 300 * 4.0 / 3, loop.expectedDurationSeconds(), EPS);
  }

  @Test
  void frictionIsTheSumOfItsExplainedContributions() {
    StageFriction ask = stage("ask");
    assertEquals(List.of(
        new Contribution(Kind.PAIN, "slow-reply", 2.0, "severity 4 x 50% of customers"),
        new Contribution(Kind.EMOTION, "write", 1.0, "emotion -1")),
        ask.contributions().subList(0, 2));
    Contribution effort = ask.contributions().get(2);
    assertEquals(Kind.EFFORT, effort.kind());
    assertEquals(0.5 * Math.log10(3), effort.amount(), EPS);
    assertEquals("2 min spent", effort.detail());
    Contribution arrival = ask.contributions().get(3);
    assertEquals(new Contribution(Kind.CHANNEL_SWITCH, "write", 0.2, "40% of arrivals change channel"), arrival);
    assertEquals(3.2 + 0.5 * Math.log10(3), ask.friction(), EPS);

    StageFriction resolve = stage("resolve");
    Contribution breach = resolve.contributions().get(0);
    assertEquals(Kind.BREACH, breach.kind());
    assertEquals(1.0, breach.amount(), EPS);
    assertEquals("FCR 60% against target 80%", breach.detail());
    assertEquals(1.5 + 0.5 * Math.log10(6), resolve.friction(), EPS);
    assertEquals(0.0, stage("done").friction());
  }

  @Test
  void touchpointFrictionHoldsTheTouchpointsOwnTerms() {
    TouchpointFriction write = loop.touchpoints().get(0);
    assertEquals("write", write.touchpointId());
    assertEquals(3.0 + 0.5 * Math.log10(3), write.friction(), EPS);
  }

  @Test
  void topPathsAreRankedByProbabilityAndByFriction() {
    List<JourneyPath> likely = loop.paths().likely();
    assertEquals(3, likely.size());
    assertEquals(List.of("ask", "resolve", "done"), likely.get(0).stages());
    assertEquals("success", likely.get(0).outcome());
    assertEquals(0.4, likely.get(0).probability(), EPS);
    assertEquals(List.of("ask", "quit"), likely.get(1).stages());
    assertEquals(0.1, likely.get(1).probability(), EPS);
    assertEquals(List.of("ask"), likely.get(2).stages());
    assertEquals("lost", likely.get(2).outcome());
    assertEquals(0.1, likely.get(2).probability(), EPS);
    JourneyPath worst = loop.paths().friction().get(0);
    assertEquals(List.of("ask", "resolve", "done"), worst.stages());
    assertEquals(stage("ask").friction() + stage("resolve").friction(), worst.friction(), EPS);
  }

  @Test
  void theLoopIsShownFromWhereCustomersComeIn() {
    assertEquals(1, loop.loops().size());
    Loop repeat = loop.loops().get(0);
    assertEquals(List.of("ask", "resolve"), repeat.stages());
    assertEquals(0.4, repeat.returnProbability(), EPS);
    assertEquals(5.0 / 3 * 0.4, repeat.expectedRounds(), EPS);
  }

  @Test
  void structureFindsTheBottleneckAndChannelSwitches() {
    assertEquals(List.of(), loop.unreachable());
    assertEquals(List.of(), loop.deadEnds());
    assertEquals(List.of(new Bottleneck("resolve", true, 1.0 / 6), new Bottleneck("ask", false, 1.0 / 6)),
        loop.bottlenecks());
    assertEquals(2, loop.channelSwitches().size());
    assertEquals(new ChannelSwitch("write", "call", "chat", "phone", 1.0), loop.channelSwitches().get(0));
    ChannelSwitch back = loop.channelSwitches().get(1);
    assertEquals("call", back.fromTouchpoint());
    assertEquals(2.0 / 3, back.probability(), EPS);
  }

  @Test
  void breachesAndPainImpacts() {
    assertEquals(1, loop.breaches().size());
    Breach fcr = loop.breaches().get(0);
    assertEquals("resolve", fcr.stageId());
    assertEquals(0.2, fcr.gap(), EPS);
    assertEquals(0.2, fcr.relativeGap(), EPS);
    PainImpact slow = loop.painPoints().get(0);
    assertEquals("slow-reply", slow.painPointId());
    assertEquals(0.5, slow.affectedShare(), EPS);
    assertEquals(2.0, slow.impact(), EPS);
    assertTrue(slow.valueIfFixed().isEmpty(), "no economics, no money");
    assertTrue(slow.effectDeclared(), "it drives customers to quit");
    // Fixed, ask sends 90% to resolve: success 0.5 x 0.9 / (1 - 0.45) against 2/3.
    assertEquals(0.45 / 0.55 - 2.0 / 3, slow.successIfFixed(), EPS);
    assertEquals(slow.successIfFixed(), slow.successAttributed(), EPS, "the only pain gets the whole gain");
  }

  @Test
  void theMarketplaceFixtureAnalysesAsWorkedOut() {
    JourneyAnalysis market = new JourneyAnalyzer().analyze(Fixtures.marketplace());
    double vOrder = 1 / (1 - 0.95 * 0.10);
    Map<String, Double> outcomes = market.outcomes();
    assertEquals(0.9 * 0.95 * vOrder, outcomes.get("success"), EPS);
    assertEquals(0.04 * vOrder, outcomes.get("failure"), EPS);
    assertEquals(0.01 * vOrder, outcomes.get("lost"), EPS);
    assertEquals(0.95, market.stage("fitting").orElseThrow().reachProbability(), EPS);
    // pain weight 2 (scoring), severity 2 x 40%; the reach of 'order' is 1
    PainImpact size = market.painPoints().get(0);
    assertEquals(1.6, size.impact(), EPS);
    assertEquals(0.0, size.valueIfFixed().orElseThrow(), "no declared effect: worth nothing, not a guess");
    assertEquals(List.of("now", "explorer"), market.personas().stream().map(PersonaExperience::personaId).toList());
    assertEquals(1.0, market.personas().get(0).positiveShare(), EPS);
    PersonaExperience explorer = market.personas().get(1);
    assertEquals(-1, explorer.lowest());
    assertEquals("place-order", explorer.lowestTouchpoint());
    assertEquals(0.5, explorer.positiveShare(), EPS);
    assertEquals(0.5, explorer.score(), EPS);
    assertTrue(market.channelSwitches().stream().anyMatch(s -> s.fromChannel().equals("app")));
    assertEquals(List.of("fitting"), market.bottlenecks().stream().filter(Bottleneck::onEverySuccessPath)
        .map(Bottleneck::stageId).toList());
  }

  private StageFriction stage(String id) {
    return loop.stage(id).orElseThrow();
  }
}
