package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The flow solve has a bound in work, not only in sweeps: a dense loop that customers rarely leave
 * stops sweeping after {@link Flow#SWEEP_WORK_BUDGET} transitions and is solved directly, or, when
 * it is too large for a dense LU, stops and says the result is approximate. Work is counted, never
 * timed.
 */
class FlowBoundTest {

  /**
   * n stages, each going to every other one with the 99% left after 1% go to {@code done}: customers
   * go round 99 times in 100, so Gauss-Seidel needs thousands of sweeps of n(n-1) transitions each.
   */
  private static Journey denseLoop(int n) {
    List<Stage> stages = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stages.add(new Stage("s" + i, "Stage " + i, "", Optional.empty(), List.of(), List.of(), List.of(), Map.of()));
      transitions.add(new Transition("s" + i, "done", OptionalDouble.of(0.01), ""));
      for (int j = 0; j < n; j++) {
        if (j != i) {
          transitions.add(new Transition("s" + i, "s" + j, OptionalDouble.empty(), ""));
        }
      }
    }
    stages.add(new Stage("done", "Done", "", Optional.of(Stage.SUCCESS), List.of(), List.of(), List.of(), Map.of()));
    return new Journey(1, "dense", "Dense loop", Language.EN, Optional.empty(), List.of(), List.of(), "s0",
        stages, transitions, Scoring.DEFAULT, Optional.empty(), "");
  }

  @Test
  void aDenseLoopOfAThousandStagesStopsSweepingAtTheBudgetAndIsSolvedDirectly() {
    int n = 1_000;
    Flow flow = Flow.of(StageGraph.of(denseLoop(n)));
    long sweep = (long) n * (n - 1);
    assertEquals(1, flow.directSolves, "the sweeps gave up and LU solved the component");
    assertTrue(flow.sweepWork <= Flow.SWEEP_WORK_BUDGET + sweep, "work " + flow.sweepWork);
    assertTrue(flow.sweepWork >= Flow.SWEEP_WORK_BUDGET, "it stopped for the budget, not for the sweep count");
    assertFalse(flow.approximate);
    // Hand-worked: 1% leave per visit, so 100 visits in all; by symmetry every other stage has v and
    // the entry v0 = 1 + 0.99 v, so 1 + 0.99 v + 999 v = 100: v = 99 / 999.99, v0 = 1.09801...
    double v = 99 / 999.99;
    assertEquals(1 + 0.99 * v, flow.visits[0], 1e-9);
    assertEquals(v, flow.visits[500], 1e-9);
    assertEquals(1.0, flow.outcomes.get(Stage.SUCCESS), 1e-9);
    assertEquals(0.0, flow.outcomes.get(JourneyAnalysis.LOST), 1e-9);
  }

  @Test
  void aDenseLoopTooLargeForLuStopsAtTheBudgetAndSaysItIsApproximate() {
    int n = Flow.DENSE_LIMIT + 1;
    Flow flow = Flow.of(StageGraph.of(denseLoop(n)));
    long sweep = (long) n * (n - 1);
    assertEquals(0, flow.directSolves);
    assertTrue(flow.approximate, "the result says it is not exact");
    assertTrue(flow.sweepWork <= Flow.SWEEP_WORK_BUDGET + sweep, "work " + flow.sweepWork);
    // Values reached so far are still sane: finite, no more than the exact 100 visits in all.
    double total = 0;
    for (double x : flow.visits) {
      assertTrue(Double.isFinite(x) && x >= 0);
      total += x;
    }
    assertTrue(total > 1 && total <= 100 + 1e-9, "total visits " + total);
  }

  @Test
  void aSmallLoopThatSettlesQuicklyIsNeitherSolvedDirectlyNorApproximate() {
    Flow flow = Flow.of(StageGraph.of(denseLoop(3)));
    assertEquals(0, flow.directSolves);
    assertFalse(flow.approximate);
    assertEquals(1.0, flow.outcomes.get(Stage.SUCCESS), 1e-9);
    assertTrue(flow.sweepWork < Flow.SWEEP_WORK_BUDGET);
  }
}
