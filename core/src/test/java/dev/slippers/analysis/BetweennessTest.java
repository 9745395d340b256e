package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.synthetic.SyntheticJourneys;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.junit.jupiter.api.Test;

/** Our array-based Brandes agrees with JGraphT's reference implementation where it is exact. */
class BetweennessTest {

  @Test
  void matchesJGraphTOnTheFixturesAndASyntheticJourney() {
    for (StageGraph g : new StageGraph[] {
        StageGraph.of(Fixtures.analysisFixture("support-loop.yaml")),
        StageGraph.of(Fixtures.marketplace()),
        StageGraph.of(SyntheticJourneys.generate(300, 3))}) {
      Map<Integer, Double> reference = new BetweennessCentrality<>(new AsUnweightedGraph<>(g.graph()), true).getScores();
      double[] ours = Betweenness.of(g);
      for (int s = 0; s < g.size(); s++) {
        assertEquals(reference.get(s), ours[s], 1e-12, "stage " + g.id(s));
      }
    }
  }

  @Test
  void largeGraphsAreSampledDeterministically() {
    StageGraph g = StageGraph.of(SyntheticJourneys.generate(3_000, 3));
    double[] first = Betweenness.of(g);
    assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(Betweenness.of(g)));
  }
}
