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
  void aFixRemovesThePainAndThePartOfTheBadExitsItExplains() {
    // slow-reply explains 4/5 x 50% = 40% of ask's bad exits (10% quit + 10% lost): 8% move on to resolve.
    Journey fixed = PainFixes.apply(loop, List.of("slow-reply"));
    assertEquals(List.of(), fixed.painPoints());
    List<Transition> fromAsk = fixed.outgoing("ask");
    assertEquals(0.88, fromAsk.get(0).share().getAsDouble(), EPS);
    assertEquals(0.06, fromAsk.get(1).share().getAsDouble(), EPS);
    assertEquals(loop.outgoing("resolve"), fixed.outgoing("resolve"));
  }

  @Test
  void theWhatIfShowsFrictionAndOutcomesBeforeAndAfter() {
    WhatIf whatIf = WhatIf.of(loop, new AnalysisOptions(3, List.of("slow-reply")));
    // v_ask = 1 / (1 - 0.88 x 0.5) = 1/0.56
    double vAsk = 1 / 0.56;
    assertEquals(2.0 / 3, whatIf.before().successProbability(), EPS);
    assertEquals(0.5 * 0.88 * vAsk, whatIf.after().successProbability(), EPS);
    assertEquals(0.06 * vAsk, whatIf.after().outcomes().get("lost"), EPS);
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
}
