package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small journeys at the edges: one stage, a stage looping on itself, invalid graphs built anyway. */
class EdgeCasesTest {

  private static final double EPS = 1e-9;

  /** The journey as read, with or without validation errors: the analyzer must cope with both. */
  private static Journey read(String yaml) {
    return new JourneyLoader(Path.of(".")).parse("edge.yaml", "slippers: 1\nid: edge\ntitle: Edge\n" + yaml)
        .journey().orElseThrow();
  }

  @Test
  void aJourneyOfOneOutcomeStageEndsThereForEveryone() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("stages:\n  - {id: a, name: A, outcome: success}\n"));
    assertEquals(Map.of("success", 1.0, "lost", 0.0), a.outcomes());
    assertEquals(List.of("a"), a.paths().mostLikely().orElseThrow().stages());
    assertEquals(1.0, a.paths().mostLikely().orElseThrow().probability(), EPS);
    assertEquals(List.of(), a.bottlenecks());
  }

  @Test
  void aStageWhoseOutcomeIsNamedLostAddsToTheCustomersWhoDropOff() {
    // Found by fuzzing: the drop-off replaced the stage's own "lost" share, so outcomes summed to 0.16.
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: visit, name: Visits}
          - {id: buy, name: Buys, outcome: success}
          - {id: gone, name: Goes elsewhere, outcome: lost}
        transitions:
          - {from: visit, to: buy, share: 20%}
          - {from: visit, to: gone, share: 50%}
        """));
    // 30% drop off unwritten, 50% go to the stage named lost: 80% lost in all.
    assertEquals(Map.of("success", 0.2, "lost", 0.8), a.outcomes().entrySet().stream().collect(
        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Math.round(e.getValue() * 1e9) / 1e9)));
  }

  @Test
  void theMostLikelyPathToWalkGoesToAnOutcomeEvenWhenMostCustomersDropOffFirst() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: browse, name: Browses}
          - {id: buy, name: Buys, outcome: success}
          - {id: leave, name: Leaves, outcome: failure}
        transitions:
          - {from: browse, to: buy, share: 30%}
          - {from: browse, to: leave, share: 10%}
        """));
    assertEquals(List.of("browse"), a.paths().likely().get(0).stages(), "60% drop off at once");
    assertEquals(JourneyAnalysis.LOST, a.paths().likely().get(0).outcome());
    assertEquals(List.of("browse", "buy"), a.paths().mostLikely().orElseThrow().stages());
    assertEquals(0.3, a.paths().mostLikely().orElseThrow().probability(), EPS);
  }

  @Test
  void aStageCustomersAlmostNeverLeaveStillAddsUpExactly() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: hold, name: On hold}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: hold, to: hold, share: 99.9999%}
          - {from: hold, to: done}
        """));
    assertEquals(1.0, a.successProbability(), 1e-9);
    assertEquals(0.0, a.outcomes().get(JourneyAnalysis.LOST), 1e-9);
    assertEquals(1e6, a.stage("hold").orElseThrow().expectedVisits(), 1e-3);
    assertEquals(1.0, a.stage("hold").orElseThrow().reachProbability(), 1e-9);
  }

  @Test
  void aTwoStageCycleCustomersAlmostNeverLeaveIsSolvedDirectly() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: ask, name: Asks again}
          - {id: wait, name: Waits}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: ask, to: wait}
          - {from: wait, to: ask, share: 99.9999%}
          - {from: wait, to: done}
        """));
    assertEquals(1.0, a.successProbability(), 1e-9);
    assertEquals(1e6, a.stage("ask").orElseThrow().expectedVisits(), 1e-3);
    assertEquals(1e6, a.stage("wait").orElseThrow().expectedVisits(), 1e-3);
  }

  @Test
  void aStageLoopingOnItselfIsVisitedGeometricallyOften() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: wait, name: Waits on hold}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: wait, to: wait, share: 75%}
          - {from: wait, to: done}
        """));
    assertEquals(4.0, a.stage("wait").orElseThrow().expectedVisits(), EPS);
    assertEquals(1.0, a.stage("wait").orElseThrow().reachProbability(), EPS);
    assertEquals(1.0, a.successProbability(), EPS);
    Loop hold = a.loops().get(0);
    assertEquals(List.of("wait"), hold.stages());
    assertEquals(0.75, hold.returnProbability(), EPS);
    assertEquals(3.0, hold.expectedRounds(), EPS);
  }

  @Test
  void unreachableStagesDeadEndsAndClosedLoopsAreReportedNotFatal() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: start, name: Start}
          - {id: spin, name: Spin}
          - {id: spin2, name: Spin again}
          - {id: orphan, name: Nobody comes here}
          - {id: done, name: Done, outcome: success}
        transitions:
          - {from: start, to: spin, share: 50%}
          - {from: start, to: done, share: 50%}
          - {from: spin, to: spin2}
          - {from: spin2, to: spin}
          - {from: orphan, to: done}
        """));
    assertEquals(List.of("orphan"), a.unreachable());
    assertEquals(List.of("spin", "spin2"), a.deadEnds());
    assertEquals(0.5, a.outcomes().get("lost"), EPS);
    assertEquals(0.5, a.stage("spin2").orElseThrow().reachProbability(), EPS);
    assertEquals(0.0, a.stage("orphan").orElseThrow().expectedVisits());
    double total = a.outcomes().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, total, EPS);
  }

  @Test
  void sharesAddingUpToLessThanAllAreLostAndUnsetSharesSplitTheRest() {
    JourneyAnalysis a = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: start, name: Start}
          - {id: yes, name: Yes, outcome: success}
          - {id: no, name: No, outcome: failure}
          - {id: maybe, name: Maybe, outcome: undecided}
        transitions:
          - {from: start, to: yes, share: 60%}
          - {from: start, to: no}
          - {from: start, to: maybe}
        """));
    assertEquals(Map.of("success", 0.6, "failure", 0.2, "undecided", 0.2, "lost", 0.0).keySet(), a.outcomes().keySet());
    assertEquals(0.2, a.outcomes().get("failure"), EPS);
    assertEquals(0.2, a.outcomes().get("undecided"), EPS);
    assertEquals(0.0, a.outcomes().get("lost"), EPS);
    JourneyAnalysis leaking = new JourneyAnalyzer().analyze(read("""
        stages:
          - {id: start, name: Start}
          - {id: yes, name: Yes, outcome: success}
        transitions:
          - {from: start, to: yes, share: 70%}
        """));
    assertEquals(0.3, leaking.outcomes().get("lost"), EPS);
    assertTrue(leaking.paths().likely().stream().anyMatch(p -> p.outcome().equals("lost")));
  }
}
