package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.model.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  private static final double EPS = 1e-9;
  private final Journey loop = Fixtures.analysisFixture("support-loop.yaml");

  @Test
  void aFixZeroesThePainAndMovesTheFlowItDrives() {
    // slow-reply (50% of ask's customers) drives 20% of them to quit: 10 points of ask's customers,
    // all of quit's share. Fixed, they move to ask's only other transition, resolve; the 10% leak stays.
    Journey fixed = PainFixes.apply(loop, List.of("slow-reply"));
    assertEquals(0.0, fixed.painPoints().get(0).frequency());
    List<Transition> fromAsk = fixed.outgoing("ask");
    assertEquals(0.9, fromAsk.get(0).share().getAsDouble(), EPS);
    assertEquals(0.0, fromAsk.get(1).share().getAsDouble(), EPS);
    assertEquals(loop.outgoing("resolve"), fixed.outgoing("resolve"));
  }

  @Test
  void theWhatIfShowsFrictionAndOutcomesBeforeAndAfter() {
    WhatIf whatIf = WhatIf.of(loop, new AnalysisOptions(3, List.of("slow-reply")));
    // v_ask = 1 / (1 - 0.9 x 0.5) = 1/0.55
    double vAsk = 1 / 0.55;
    assertEquals(2.0 / 3, whatIf.before().successProbability(), EPS);
    assertEquals(0.5 * 0.9 * vAsk, whatIf.after().successProbability(), EPS);
    assertEquals(0.1 * vAsk, whatIf.after().outcomes().get("lost"), EPS);
    assertEquals(0.0, whatIf.after().outcomes().get("failure"), EPS);
    WhatIf.StageChange ask = whatIf.stages().get(0);
    assertEquals("ask", ask.stageId());
    assertEquals(ask.frictionBefore() - 2.0, ask.frictionAfter(), 0.05);
    WhatIf.FixEffect effect = whatIf.fixed().get(0);
    assertEquals("slow-reply", effect.painPointId());
    assertEquals("ask", effect.stageId());
    assertTrue(effect.frictionRemoved() > 0);
    assertEquals(whatIf.after().successProbability(), effect.successAfter(), EPS);
  }

  @Test
  void noFixesLeaveTheJourneyAsItIs() {
    assertEquals(loop, PainFixes.apply(loop, List.of()));
  }

  @Test
  void anUnknownFixIsRefusedByTheAnalyzer() {
    assertEquals(List.of("slow-replies"), PainFixes.unknown(loop, List.of("slow-reply", "slow-replies")));
    assertThrows(IllegalArgumentException.class,
        () -> new JourneyAnalyzer().analyze(loop, new AnalysisOptions(5, List.of("slow-replies"))));
  }
  @Test
  void eachFixAloneHasTheFiguresOfItsOwnFullAnalysis() {
    // WhatIf analyses each fix alone without the pains' attribution, and reuses a given "before":
    // neither may change a figure it reports.
    Journey journey = Fixtures.load(java.nio.file.Path.of("../journeys"), "shirt-store.yaml");
    List<String> fixes = journey.painPoints().stream().map(p -> p.id()).limit(4).toList();
    assertTrue(fixes.size() >= 2, "the fixture has pains to fix");
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    AnalysisOptions options = AnalysisOptions.DEFAULT.withFixes(fixes);
    JourneyAnalysis before = analyzer.analyze(journey);
    WhatIf computed = WhatIf.of(journey, options);
    WhatIf given = WhatIf.of(journey, options, before);
    assertEquals(computed.fixed(), given.fixed());
    for (WhatIf.FixEffect effect : given.fixed()) {
      JourneyAnalysis alone = analyzer.analyze(journey, AnalysisOptions.DEFAULT.withFixes(List.of(effect.painPointId())));
      assertEquals(alone.successProbability(), effect.successAfter(), 0.0, effect.painPointId());
      assertEquals(alone.outcomes(), effect.outcomesAfter(), effect.painPointId());
      assertEquals(alone.experience().perCustomer(), effect.experienceAfter(), 0.0, effect.painPointId());
      assertEquals(before.totalFriction() - alone.totalFriction(), effect.frictionRemoved(), 0.0, effect.painPointId());
    }
    JourneyAnalysis withoutWorth = analyzer.analyze(journey, AnalysisOptions.DEFAULT, false);
    assertEquals(Attribution.NONE, withoutWorth.attribution().method());
    assertEquals(before.outcomes(), withoutWorth.outcomes());
    assertEquals(before.totalFriction(), withoutWorth.totalFriction(), 0.0);
  }
}
