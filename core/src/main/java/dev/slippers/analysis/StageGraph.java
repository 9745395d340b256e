package dev.slippers.analysis;

import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The journey's stage graph as an absorbing Markov chain: stages indexed 0..n-1 in file order, the
 * transition probabilities each stage passes on, and the strongly connected components in
 * topological order.
 *
 * <p>Effective probabilities as {@link Transition#effectiveShares} defines them, over the
 * transitions that leave a stage for a known stage. Transitions between the same two stages are
 * merged (their probabilities add up). What a stage does not pass on is its {@link #leak}: customers lost there. Outcome stages absorb: nothing
 * leaves them, whatever the file says.
 *
 * <p>The numeric solvers walk the plain arrays {@link #successors}/{@link #predecessors}, because
 * they run many sweeps over the same edges and boxed map lookups would dominate their cost. The
 * strongly connected components come from Tarjan's algorithm over the same arrays, iterative (a
 * recursive search overflows the stack at 100,000 stages); the tests check them against JGraphT's
 * Kosaraju inspector. That inspector, and the JGraphT graph it needed, were about a tenth of the
 * analysis at 10,000 stages. {@link #graph()} still builds the JGraphT graph (vertices are stage
 * indexes, edge weights the probabilities) for the tests' reference implementations.
 */
final class StageGraph {

  final Journey journey;
  final List<Stage> stages;
  final Map<String, Integer> index;
  final int entry;
  final boolean[] outcome;
  final int[][] successors;
  final double[][] probabilities;
  final int[][] predecessors;
  final double[][] predecessorProbabilities;
  final double[] leak;
  /** Component of each stage; components are numbered in topological order of the condensation. */
  final int[] component;
  /** Stages of each component, ascending. */
  final int[][] components;
  /** True where a component has a cycle: more than one stage, or a stage with a transition to itself. */
  final boolean[] cyclic;

  private StageGraph(Journey journey) {
    this.journey = journey;
    Map<String, Stage> byId = journey.stagesById();
    this.stages = List.copyOf(byId.values());
    int n = stages.size();
    this.index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(stages.get(i).id(), i);
    }
    this.entry = index.getOrDefault(journey.entry(), n == 0 ? -1 : 0);
    this.outcome = new boolean[n];
    for (int i = 0; i < n; i++) {
      outcome[i] = stages.get(i).isOutcome();
    }
    this.successors = new int[n][];
    this.probabilities = new double[n][];
    this.leak = new double[n];
    buildTransitions(journey.transitions());
    this.predecessors = new int[n][];
    this.predecessorProbabilities = new double[n][];
    buildPredecessors();
    this.component = new int[n];
    List<int[]> ordered = topologicalComponents(stronglyConnected(successors));
    this.components = ordered.toArray(new int[0][]);
    this.cyclic = new boolean[components.length];
    for (int c = 0; c < components.length; c++) {
      int first = components[c][0];
      cyclic[c] = components[c].length > 1 || Arrays.stream(successors[first]).anyMatch(s -> s == first);
    }
  }

  static StageGraph of(Journey journey) {
    return new StageGraph(journey);
  }

  /**
   * The graph of {@code changed}, a variant of {@code like}'s journey with other shares or pain
   * points but the same stages joined the same way (what {@link PainFixes#apply} makes): only the
   * probabilities are computed again (O(stages + transitions)); the stage index and the components,
   * which depend only on which stages are joined, are {@code like}'s. The pain attribution solves the
   * flow of thousands of such variants. When the stages, their outcomes or the joins differ after
   * all, the graph is built from scratch: the result is always what {@link #of(Journey)} gives.
   */
  static StageGraph of(Journey changed, StageGraph like) {
    List<Stage> stages = changed.stages();
    if (stages.size() != like.stages.size() || like.journey.stages().size() != like.stages.size()) {
      return of(changed);
    }
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      Stage known = like.stages.get(i);
      if (!stage.id().equals(known.id()) || stage.isOutcome() != known.isOutcome()) {
        return of(changed);
      }
    }
    if (!changed.entry().equals(like.journey.entry())) {
      return of(changed);
    }
    StageGraph graph = new StageGraph(like, changed);
    for (int i = 0; i < stages.size(); i++) {
      if (!Arrays.equals(graph.successors[i], like.successors[i])) {
        return of(changed);
      }
    }
    return graph;
  }

  /** See {@link #of(Journey, StageGraph)}: the caller checks that the joins came out the same. */
  private StageGraph(StageGraph like, Journey changed) {
    this.journey = changed;
    this.stages = List.copyOf(changed.stages());
    this.index = like.index;
    this.entry = like.entry;
    this.outcome = like.outcome;
    int n = stages.size();
    this.successors = new int[n][];
    this.probabilities = new double[n][];
    this.leak = new double[n];
    buildTransitions(changed.transitions());
    this.predecessors = new int[n][];
    this.predecessorProbabilities = new double[n][];
    buildPredecessors();
    this.component = like.component;
    this.components = like.components;
    this.cyclic = like.cyclic;
  }

  /** A new JGraphT graph of the stages: vertices are stage indexes, edge weights the probabilities. */
  Graph<Integer, DefaultWeightedEdge> graph() {
    Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int i = 0; i < size(); i++) {
      graph.addVertex(i);
    }
    for (int i = 0; i < size(); i++) {
      for (int k = 0; k < successors[i].length; k++) {
        graph.setEdgeWeight(graph.addEdge(i, successors[i][k]), probabilities[i][k]);
      }
    }
    return graph;
  }

  /**
   * The strongly connected components of the graph given by {@code successors}, each as its stages
   * in ascending order, in no particular order of components: Tarjan's algorithm with an explicit
   * stack instead of recursion. O(V+E).
   */
  static List<int[]> stronglyConnected(int[][] successors) {
    int n = successors.length;
    int[] order = new int[n];
    Arrays.fill(order, -1);
    int[] low = new int[n];
    boolean[] open = new boolean[n];
    int[] openStack = new int[n];
    int openSize = 0;
    int[] path = new int[n];
    int[] nextEdge = new int[n];
    int depth = 0;
    int counter = 0;
    List<int[]> components = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      order[root] = low[root] = counter++;
      open[root] = true;
      openStack[openSize++] = root;
      path[0] = root;
      nextEdge[0] = 0;
      depth = 1;
      while (depth > 0) {
        int v = path[depth - 1];
        if (nextEdge[depth - 1] < successors[v].length) {
          int w = successors[v][nextEdge[depth - 1]++];
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            open[w] = true;
            openStack[openSize++] = w;
            path[depth] = w;
            nextEdge[depth] = 0;
            depth++;
          } else if (open[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          int parent = path[depth - 1];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == order[v]) {
          int first = openSize;
          do {
            first--;
          } while (openStack[first] != v);
          int[] members = Arrays.copyOfRange(openStack, first, openSize);
          for (int m : members) {
            open[m] = false;
          }
          openSize = first;
          Arrays.sort(members);
          components.add(members);
        }
      }
    }
    return components;
  }

  int size() {
    return stages.size();
  }

  String id(int stage) {
    return stages.get(stage).id();
  }

  private void buildTransitions(List<Transition> transitions) {
    int n = stages.size();
    int m = transitions.size();
    int[] from = new int[m];
    int[] to = new int[m];
    int[] degree = new int[n];
    for (int t = 0; t < m; t++) {
      Integer f = index.get(transitions.get(t).from());
      Integer d = index.get(transitions.get(t).to());
      boolean kept = f != null && d != null && !outcome[f];
      from[t] = kept ? f : -1;
      to[t] = kept ? d : -1;
      if (kept) {
        degree[f]++;
      }
    }
    // Transitions grouped by stage in file order (a counting sort), without boxing.
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] order = new int[start[n]];
    int[] filled = start.clone();
    for (int t = 0; t < m; t++) {
      if (from[t] >= 0) {
        order[filled[from[t]]++] = t;
      }
    }
    for (int i = 0; i < n; i++) {
      List<Transition> leaving = new ArrayList<>(degree[i]);
      for (int k = start[i]; k < start[i + 1]; k++) {
        leaving.add(transitions.get(order[k]));
      }
      double[] shares = Transition.effectiveShares(leaving);
      int[] next = new int[degree[i]];
      double[] p = new double[degree[i]];
      int distinct = 0;
      Map<Integer, Integer> slot = degree[i] > 16 ? new HashMap<>() : null;
      for (int k = start[i]; k < start[i + 1]; k++) {
        double share = shares[k - start[i]];
        int target = to[order[k]];
        int at = -1;
        if (slot != null) {
          at = slot.getOrDefault(target, -1);
        } else {
          for (int j = 0; j < distinct && at < 0; j++) {
            at = next[j] == target ? j : -1;
          }
        }
        if (at < 0) {
          at = distinct++;
          next[at] = target;
          if (slot != null) {
            slot.put(target, at);
          }
        }
        p[at] += share;
      }
      successors[i] = Arrays.copyOf(next, distinct);
      probabilities[i] = Arrays.copyOf(p, distinct);
      double passed = 0;
      for (double q : probabilities[i]) {
        passed += q;
      }
      leak[i] = outcome[i] ? 0 : Math.max(0, 1 - passed);
      if (leak[i] < 1e-12) {
        leak[i] = 0;
      }
    }
  }

  private void buildPredecessors() {
    int n = stages.size();
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      for (int s : successors[i]) {
        counts[s]++;
      }
    }
    for (int i = 0; i < n; i++) {
      predecessors[i] = new int[counts[i]];
      predecessorProbabilities[i] = new double[counts[i]];
    }
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < successors[i].length; k++) {
        int s = successors[i][k];
        predecessors[s][filled[s]] = i;
        predecessorProbabilities[s][filled[s]++] = probabilities[i][k];
      }
    }
  }

  /**
   * Kahn's algorithm over the condensation, smallest first stage first among ready components. By
   * hand rather than JGraphT's {@code getCondensation()} and {@code TopologicalOrderIterator}: that
   * builds a second graph with a subgraph view per component as its vertices, while this works on the
   * arrays built above and needs only the component sets.
   */
  private List<int[]> topologicalComponents(List<int[]> sets) {
    int count = sets.size();
    int[][] members = new int[count][];
    for (int c = 0; c < count; c++) {
      members[c] = sets.get(c);
      for (int s : members[c]) {
        component[s] = c;
      }
    }
    int[] indegree = new int[count];
    for (int i = 0; i < stages.size(); i++) {
      for (int s : successors[i]) {
        if (component[s] != component[i]) {
          indegree[component[s]]++;
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparingInt(c -> members[c][0]));
    for (int c = 0; c < count; c++) {
      if (indegree[c] == 0) {
        ready.add(c);
      }
    }
    List<int[]> order = new ArrayList<>(count);
    int[] renumber = new int[count];
    while (!ready.isEmpty()) {
      int c = ready.poll();
      renumber[c] = order.size();
      order.add(members[c]);
      for (int i : members[c]) {
        for (int s : successors[i]) {
          if (component[s] != c && --indegree[component[s]] == 0) {
            ready.add(component[s]);
          }
        }
      }
    }
    for (int i = 0; i < stages.size(); i++) {
      component[i] = renumber[component[i]];
    }
    return order;
  }

  /** Stages reachable from {@code starts} along transitions (forward) or against them (backward). */
  boolean[] reach(int[] starts, boolean forward) {
    boolean[] seen = new boolean[size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s : starts) {
      if (!seen[s]) {
        seen[s] = true;
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int at = queue.poll();
      for (int next : forward ? successors[at] : predecessors[at]) {
        if (!seen[next]) {
          seen[next] = true;
          queue.add(next);
        }
      }
    }
    return seen;
  }
}
