package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.synthetic.SyntheticJourneys;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/** The stage graph's own Tarjan search finds the components JGraphT's Kosaraju inspector finds. */
class StronglyConnectedTest {

  @Test
  void aHandWorkedGraph() {
    // 0 -> 1 -> 2 -> 0 is one loop; 2 -> 3; 3 -> 4 -> 3 another; 5 alone with a transition to itself.
    int[][] successors = {{1}, {2}, {0, 3}, {4}, {3}, {5}};
    assertEquals(Set.of("[0, 1, 2]", "[3, 4]", "[5]"), asText(StageGraph.stronglyConnected(successors)));
  }

  @Test
  void agreesWithKosarajuOnJourneysAndRandomGraphs() {
    for (StageGraph g : new StageGraph[] {
        StageGraph.of(Fixtures.analysisFixture("support-loop.yaml")),
        StageGraph.of(Fixtures.marketplace()),
        StageGraph.of(SyntheticJourneys.generate(2_000, 5))}) {
      assertEquals(kosaraju(g.successors), asText(StageGraph.stronglyConnected(g.successors)));
    }
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(40);
      int[][] successors = new int[n][];
      for (int v = 0; v < n; v++) {
        successors[v] = random.ints(random.nextInt(4), 0, n).distinct().toArray();
      }
      assertEquals(kosaraju(successors), asText(StageGraph.stronglyConnected(successors)), "round " + round);
    }
  }

  @Test
  void aLongChainDoesNotOverflowTheStack() {
    int n = 200_000;
    int[][] successors = new int[n][];
    for (int v = 0; v < n; v++) {
      successors[v] = new int[] {(v + 1) % n};
    }
    List<int[]> components = StageGraph.stronglyConnected(successors);
    assertEquals(1, components.size());
    assertEquals(n, components.get(0).length);
  }

  private static Set<String> kosaraju(int[][] successors) {
    Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int v = 0; v < successors.length; v++) {
      graph.addVertex(v);
    }
    for (int v = 0; v < successors.length; v++) {
      for (int w : successors[v]) {
        graph.addEdge(v, w);
      }
    }
    return new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets().stream()
        .map(set -> new TreeSet<>(set).toString()).collect(Collectors.toSet());
  }

  private static Set<String> asText(List<int[]> components) {
    return components.stream().map(Arrays::toString).collect(Collectors.toSet());
  }
}
