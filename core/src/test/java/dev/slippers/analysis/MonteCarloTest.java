package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.model.Journey;
import dev.slippers.synthetic.SyntheticJourneys;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the Markov solution with customers walking the graph: a seeded simulation of
 * {@value #CUSTOMERS} customers must agree with the exact figures within a few standard errors.
 */
class MonteCarloTest {

  private static final int CUSTOMERS = 200_000;

  /** What the simulated customers did. */
  private record Walks(Map<String, Double> outcomes, double[] visits, double[] reach) {}

  private static Walks simulate(StageGraph g, long seed) {
    Random random = new Random(seed);
    Map<String, Double> outcomes = new HashMap<>();
    double[] visits = new double[g.size()];
    double[] reach = new double[g.size()];
    int[] lastSeen = new int[g.size()];
    java.util.Arrays.fill(lastSeen, -1);
    for (int c = 0; c < CUSTOMERS; c++) {
      int at = g.entry;
      while (true) {
        visits[at]++;
        if (lastSeen[at] != c) {
          lastSeen[at] = c;
          reach[at]++;
        }
        if (g.outcome[at]) {
          outcomes.merge(g.stages.get(at).outcome().get(), 1.0, Double::sum);
          break;
        }
        double u = random.nextDouble();
        int next = -1;
        for (int k = 0; k < g.successors[at].length && next < 0; k++) {
          u -= g.probabilities[at][k];
          if (u < 0) {
            next = g.successors[at][k];
          }
        }
        if (next < 0) {
          outcomes.merge(JourneyAnalysis.LOST, 1.0, Double::sum);
          break;
        }
        at = next;
      }
    }
    outcomes.replaceAll((k, v) -> v / CUSTOMERS);
    for (int s = 0; s < g.size(); s++) {
      visits[s] /= CUSTOMERS;
      reach[s] /= CUSTOMERS;
    }
    return new Walks(outcomes, visits, reach);
  }

  private static void crossCheck(Journey journey, long seed) {
    StageGraph g = StageGraph.of(journey);
    Flow flow = Flow.of(g);
    Walks walks = simulate(g, seed);
    // A share p estimated from N customers has a standard error of sqrt(p(1-p)/N) <= 0.0012; allow 4 of them.
    double tolerance = 4 * Math.sqrt(0.25 / CUSTOMERS);
    flow.outcomes.forEach((name, p) ->
        assertEquals(p, walks.outcomes().getOrDefault(name, 0.0), tolerance, "outcome " + name));
    for (int s = 0; s < g.size(); s++) {
      assertEquals(flow.reach[s], walks.reach()[s], tolerance, "reach of " + g.id(s));
      // Visits can exceed 1 in loops: scale the tolerance with them.
      assertEquals(flow.visits[s], walks.visits()[s], tolerance * Math.max(1, 3 * flow.visits[s]), "visits of " + g.id(s));
    }
  }

  @Test
  void theHandWorkedLoopAgreesWithSimulatedCustomers() {
    crossCheck(Fixtures.analysisFixture("support-loop.yaml"), 11);
  }

  @Test
  void theMarketplaceAgreesWithSimulatedCustomers() {
    crossCheck(Fixtures.marketplace(), 12);
  }

  @Test
  void aSyntheticJourneyWithManyLoopsAgreesWithSimulatedCustomers() {
    crossCheck(SyntheticJourneys.generate(60, 5), 13);
  }
}
