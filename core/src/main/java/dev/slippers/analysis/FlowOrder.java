package dev.slippers.analysis;

import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The stages of a journey in the order customers go through them, as every picture lays them out.
 *
 * <p>The order is a topological order of the stage graph with its loop edges removed:
 * <ol>
 *   <li>The strongly connected components (Kosaraju, from {@link StageGraph}) form the condensation,
 *       a graph without cycles. It is sorted topologically (JGraphT's {@link TopologicalOrderIterator})
 *       with ties broken by the file: among the components that may come next, the one whose first
 *       stage comes first in the file. So a detour that rejoins ({@code a -> b -> c -> d} beside
 *       {@code a -> d}) is ordered a, b, c, d, and every transition between components goes forward.
 *   <li>Stages the entry reaches come first; stages nobody can reach follow them (their transitions
 *       into reachable stages are the only ones between components that go backwards); outcome
 *       stages come last, {@code success} first, then in file order. Outcomes absorb (nothing leaves
 *       them), so putting them last breaks no transition.
 *   <li>Inside a loop (a component of several stages) the order starts at the loop's entry: the
 *       journey's entry when the loop holds it, else the stage the earliest placed stage leads into
 *       (transitions in file order). A depth-first walk from there, following transitions in file
 *       order, marks the edges that close a cycle (to a stage still on the walk's stack); the other
 *       edges of the loop form a graph without cycles, sorted as in step 1. So inside a loop too,
 *       only the edges that go back round it point backwards.
 * </ol>
 *
 * <p>Transitions leaving an outcome stage and transitions to unknown stages are ignored, as in the
 * analysis. The cost is O(V + E) plus a logarithm for the priority queues; deterministic.
 */
public final class FlowOrder {

  private final List<String> stages;
  private final Map<String, Integer> position;
  private final Map<String, Integer> layer;

  private FlowOrder(List<String> stages, Map<String, Integer> position, Map<String, Integer> layer) {
    this.stages = List.copyOf(stages);
    this.position = Collections.unmodifiableMap(position);
    this.layer = Collections.unmodifiableMap(layer);
  }

  /** The flow order of a journey's stages (each stage id once, first definition wins as in the analysis). */
  public static FlowOrder of(Journey journey) {
    StageGraph g = StageGraph.of(journey);
    int n = g.size();
    boolean[] reachable = g.entry < 0 ? new boolean[n] : g.reach(new int[] {g.entry}, true);
    int count = g.components.length;
    // Group of each component: 0 reachable, 1 unreachable, 2 outcome (outcomes are single stages: nothing leaves them).
    int[] group = new int[count];
    int[] first = new int[count];
    int[] outcomeRank = new int[count];
    for (int c = 0; c < count; c++) {
      int s = g.components[c][0];
      first[c] = s;
      group[c] = g.outcome[s] ? 2 : reachable[s] ? 0 : 1;
      outcomeRank[c] = g.outcome[s] && Stage.SUCCESS.equals(g.stages.get(s).outcome().orElse("")) ? 0 : 1;
    }
    Graph<Integer, DefaultEdge> condensation = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int c = 0; c < count; c++) {
      condensation.addVertex(c);
    }
    for (int s = 0; s < n; s++) {
      for (int next : g.successors[s]) {
        int from = g.component[s];
        int to = g.component[next];
        // An unreachable stage leading into a reachable one must not pull it after itself.
        if (from != to && group[from] <= group[to]) {
          condensation.addEdge(from, to);
        }
      }
    }
    Comparator<Integer> ready = Comparator.<Integer>comparingInt(c -> group[c])
        .thenComparingInt(c -> outcomeRank[c])
        .thenComparingInt(c -> first[c]);
    int[] at = new int[n];
    Arrays.fill(at, -1);
    List<Integer> order = new ArrayList<>(n);
    new TopologicalOrderIterator<>(condensation, ready).forEachRemaining(c -> {
      int[] members = g.components[c];
      if (members.length == 1) {
        at[members[0]] = order.size();
        order.add(members[0]);
      } else {
        for (int s : insideLoop(g, c, loopEntry(g, c, at))) {
          at[s] = order.size();
          order.add(s);
        }
      }
    });
    List<String> ids = new ArrayList<>(n);
    Map<String, Integer> position = new HashMap<>(n * 2);
    for (int s : order) {
      position.put(g.id(s), ids.size());
      ids.add(g.id(s));
    }
    // Longest path over the forward transitions: a column for each stage such that every forward
    // transition goes at least one column to the right.
    int[] column = new int[n];
    for (int s : order) {
      for (int next : g.successors[s]) {
        if (at[next] > at[s]) {
          column[next] = Math.max(column[next], column[s] + 1);
        }
      }
    }
    Map<String, Integer> layer = new HashMap<>(n * 2);
    for (int s = 0; s < n; s++) {
      layer.put(g.id(s), column[s]);
    }
    return new FlowOrder(ids, position, layer);
  }

  /** Stage ids in flow order. */
  public List<String> stages() {
    return stages;
  }

  /** A stage's position in {@link #stages()}, or -1 for an id the journey does not have. */
  public int position(String stageId) {
    return position.getOrDefault(stageId, -1);
  }

  /**
   * The stage's column when every forward transition must go at least one column right: the length
   * of the longest chain of forward transitions leading to it (0 for the entry and for stages only
   * backward transitions reach).
   */
  public int layer(String stageId) {
    return layer.getOrDefault(stageId, 0);
  }

  /**
   * Whether a transition points backwards in the flow order (to an earlier stage or to its own
   * stage): it goes round a loop, or leaves a stage nobody reaches for one the flow already passed.
   */
  public boolean isBackward(Transition t) {
    int from = position(t.from());
    int to = position(t.to());
    return from >= 0 && to >= 0 && to <= from;
  }

  /**
   * Where the flow first comes into loop component {@code c}: the journey's entry when it is there,
   * else the target of the transition from the earliest placed stage (ties in file order of the
   * transitions), else the loop's first stage in file order.
   */
  private static int loopEntry(StageGraph g, int c, int[] at) {
    int[] members = g.components[c];
    for (int s : members) {
      if (s == g.entry) {
        return s;
      }
    }
    int best = -1;
    int bestAt = Integer.MAX_VALUE;
    for (int s : members) {
      for (int p : g.predecessors[s]) {
        if (g.component[p] != c && at[p] >= 0 && (at[p] < bestAt || at[p] == bestAt && successorRank(g, p, s)
            < successorRank(g, p, best))) {
          bestAt = at[p];
          best = s;
        }
      }
    }
    return best >= 0 ? best : members[0];
  }

  private static int successorRank(StageGraph g, int from, int to) {
    for (int k = 0; k < g.successors[from].length; k++) {
      if (g.successors[from][k] == to) {
        return k;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The stages of loop component {@code c} from {@code entry}: the edges that close a cycle are found
   * by a depth-first walk (iterative, written here because JGraphT's iterators do not tell back edges
   * from the others), the rest sorted topologically with ties in file order.
   */
  private static List<Integer> insideLoop(StageGraph g, int c, int entry) {
    int[] members = g.components[c];
    Map<Integer, Integer> local = new HashMap<>();
    for (int i = 0; i < members.length; i++) {
      local.put(members[i], i);
    }
    int size = members.length;
    boolean[] onStack = new boolean[size];
    boolean[] seen = new boolean[size];
    int[] nextEdge = new int[size];
    int[] stack = new int[size];
    int top = 0;
    Graph<Integer, DefaultEdge> forward = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < size; i++) {
      forward.addVertex(i);
    }
    int start = local.get(entry);
    stack[top++] = start;
    seen[start] = true;
    onStack[start] = true;
    while (top > 0) {
      int i = stack[top - 1];
      int[] successors = g.successors[members[i]];
      if (nextEdge[i] == successors.length) {
        onStack[i] = false;
        top--;
        continue;
      }
      int next = successors[nextEdge[i]++];
      if (g.component[next] != c) {
        continue;
      }
      int j = local.get(next);
      if (onStack[j]) {
        continue; // closes a cycle: left out of the order
      }
      if (i != j && !forward.containsEdge(i, j)) {
        forward.addEdge(i, j);
      }
      if (!seen[j]) {
        seen[j] = true;
        onStack[j] = true;
        stack[top++] = j;
      }
    }
    List<Integer> order = new ArrayList<>(size);
    new TopologicalOrderIterator<>(forward, Comparator.<Integer>comparingInt(i -> i == start ? -1 : members[i]))
        .forEachRemaining(i -> order.add(members[i]));
    return order;
  }
}
