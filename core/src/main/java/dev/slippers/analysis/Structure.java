package dev.slippers.analysis;

import dev.slippers.model.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The shape of the stage graph: unreachable stages, dead ends and bottlenecks.
 *
 * <p>Bottlenecks are (1) the stages every entry-to-success path passes, other than the entry and the
 * outcome stages: the dominators of a virtual end joined from every success stage, found with the
 * iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001),
 * O(V + E) per pass and a few passes in practice, written here because JGraphT 1.5 has no dominator
 * tree; and (2) the stages with the highest betweenness centrality ({@link Betweenness}: exact up to
 * 1,000 stages, sampled above).
 */
final class Structure {

  private Structure() {}

  /** Stages the entry cannot reach, in file order. */
  static List<String> unreachable(StageGraph g) {
    if (g.entry < 0) {
      return List.of();
    }
    boolean[] reached = g.reach(new int[] {g.entry}, true);
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      if (!reached[s]) {
        ids.add(g.id(s));
      }
    }
    return ids;
  }

  /** Stages other than outcomes from which no outcome stage can be reached, in file order. */
  static List<String> deadEnds(StageGraph g) {
    int[] outcomes = outcomeStages(g, null);
    boolean[] leads = g.reach(outcomes, false);
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      if (!leads[s] && !g.outcome[s]) {
        ids.add(g.id(s));
      }
    }
    return ids;
  }

  static int[] outcomeStages(StageGraph g, String outcome) {
    List<Integer> found = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      if (stage.isOutcome() && (outcome == null || stage.outcome().get().equals(outcome))) {
        found.add(s);
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Dominators of success first (entry to success), then the top stages by betweenness. */
  static List<Bottleneck> bottlenecks(StageGraph g, int top) {
    double[] betweenness = Betweenness.of(g);
    List<Integer> dominators = successDominators(g);
    List<Bottleneck> found = new ArrayList<>();
    boolean[] listed = new boolean[g.size()];
    for (int s : dominators) {
      found.add(new Bottleneck(g.id(s), true, betweenness[s]));
      listed[s] = true;
    }
    List<Integer> central = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      if (!listed[s] && betweenness[s] > 0) {
        central.add(s);
      }
    }
    central.sort(Comparator.comparingDouble((Integer s) -> -betweenness[s]).thenComparingInt(s -> s));
    for (int s : central.subList(0, Math.min(top, central.size()))) {
      found.add(new Bottleneck(g.id(s), false, betweenness[s]));
    }
    return found;
  }

  /** Stages on every entry-to-success path, from the entry towards success; entry and outcomes excluded. */
  static List<Integer> successDominators(StageGraph g) {
    int[] successes = outcomeStages(g, Stage.SUCCESS);
    if (g.entry < 0 || successes.length == 0) {
      return List.of();
    }
    int n = g.size();
    int end = n;
    boolean[] isSuccess = new boolean[n];
    for (int s : successes) {
      isSuccess[s] = true;
    }
    int[] postorder = postorder(g, end, isSuccess);
    int[] rank = new int[n + 1];
    Arrays.fill(rank, -1);
    for (int i = 0; i < postorder.length; i++) {
      rank[postorder[i]] = i;
    }
    if (rank[end] < 0) {
      return List.of();
    }
    int[] idom = new int[n + 1];
    Arrays.fill(idom, -1);
    idom[g.entry] = g.entry;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = postorder.length - 1; i >= 0; i--) {
        int v = postorder[i];
        if (v == g.entry) {
          continue;
        }
        int candidate = -1;
        for (int p : v == end ? successes : g.predecessors[v]) {
          if (rank[p] < 0 || idom[p] < 0) {
            continue;
          }
          candidate = candidate < 0 ? p : intersect(candidate, p, idom, rank);
        }
        if (candidate >= 0 && idom[v] != candidate) {
          idom[v] = candidate;
          changed = true;
        }
      }
    }
    List<Integer> chain = new ArrayList<>();
    for (int v = idom[end]; v != g.entry; v = idom[v]) {
      if (!g.outcome[v]) {
        chain.add(v);
      }
    }
    java.util.Collections.reverse(chain);
    return chain;
  }

  private static int intersect(int a, int b, int[] idom, int[] rank) {
    while (a != b) {
      while (rank[a] < rank[b]) {
        a = idom[a];
      }
      while (rank[b] < rank[a]) {
        b = idom[b];
      }
    }
    return a;
  }

  /** Iterative depth-first postorder from the entry over the graph plus the virtual end. */
  private static int[] postorder(StageGraph g, int end, boolean[] isSuccess) {
    int n = g.size();
    boolean[] seen = new boolean[n + 1];
    int[] order = new int[n + 1];
    int count = 0;
    int[] stack = new int[n + 1];
    int[] next = new int[n + 1];
    int depth = 0;
    stack[depth++] = g.entry;
    seen[g.entry] = true;
    while (depth > 0) {
      int v = stack[depth - 1];
      int[] out = v == end ? new int[0] : g.successors[v];
      int extra = v != end && isSuccess[v] ? 1 : 0;
      if (next[v] < out.length + extra) {
        int w = next[v] < out.length ? out[next[v]] : end;
        next[v]++;
        if (!seen[w]) {
          seen[w] = true;
          stack[depth++] = w;
        }
      } else {
        order[count++] = v;
        depth--;
      }
    }
    return Arrays.copyOf(order, count);
  }
}
