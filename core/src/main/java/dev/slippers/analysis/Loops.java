package dev.slippers.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cycles customers go round, most travelled first.
 *
 * <p>Each cyclic strongly connected component is searched depth-first for simple cycles, each found
 * once from its lowest-numbered stage (the canonical rotation, as in Johnson's algorithm, but
 * without its bookkeeping). The number of simple cycles can grow exponentially, so the search takes
 * at most {@link #MAX_STEPS} steps over the whole journey and keeps the {@link #MAX_LOOPS} most
 * travelled cycles, of at most {@link #MAX_LENGTH} stages; on larger graphs the list is a sample, and a strongly connected component is
 * still visible through the expected visits of its stages.
 *
 * <p>A loop is shown from the stage where most customers come into it from outside it. Its return
 * probability is the product of the shares around it; its expected rounds, the expected visits of
 * that first stage times the return probability, is exactly the expected number of times a customer
 * goes round this cycle from there (each visit starts a round that closes with that probability).
 */
final class Loops {

  static final int MAX_STEPS = 200_000;
  static final int MAX_LOOPS = 100;
  /** Longer cycles are not followed (it also bounds the depth of the search). */
  static final int MAX_LENGTH = 64;

  private Loops() {}

  static List<Loop> of(StageGraph g, Flow flow) {
    List<int[]> cycles = new ArrayList<>();
    int[] budget = {MAX_STEPS};
    for (int c = 0; c < g.components.length && budget[0] > 0; c++) {
      if (!g.cyclic[c]) {
        continue;
      }
      for (int start : g.components[c]) {
        search(g, c, start, new ArrayList<>(List.of(start)), new boolean[g.size()], cycles, budget);
        if (budget[0] <= 0) {
          break;
        }
      }
    }
    List<Loop> loops = new ArrayList<>();
    for (int[] cycle : cycles) {
      loops.add(toLoop(g, flow, cycle));
    }
    loops.sort(Comparator.comparingDouble(Loop::expectedRounds).reversed()
        .thenComparing(Comparator.comparingDouble(Loop::returnProbability).reversed())
        .thenComparing(l -> String.join("\u0000", l.stages())));
    return loops.subList(0, Math.min(MAX_LOOPS, loops.size()));
  }

  private static void search(StageGraph g, int c, int start, List<Integer> path, boolean[] onPath,
      List<int[]> cycles, int[] budget) {
    int at = path.get(path.size() - 1);
    onPath[at] = true;
    for (int next : g.successors[at]) {
      if (--budget[0] <= 0) {
        break;
      }
      if (g.component[next] != c || next < start) {
        continue;
      }
      if (next == start) {
        cycles.add(path.stream().mapToInt(Integer::intValue).toArray());
      } else if (!onPath[next] && path.size() < MAX_LENGTH) {
        path.add(next);
        search(g, c, start, path, onPath, cycles, budget);
        path.remove(path.size() - 1);
      }
    }
    onPath[at] = false;
  }

  private static Loop toLoop(StageGraph g, Flow flow, int[] cycle) {
    int length = cycle.length;
    double returnProbability = 1;
    double[] inner = new double[length];
    for (int i = 0; i < length; i++) {
      int from = cycle[i];
      int to = cycle[(i + 1) % length];
      double p = probability(g, from, to);
      returnProbability *= p;
      inner[(i + 1) % length] = flow.visits[from] * p;
    }
    int first = 0;
    double bestOutside = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < length; i++) {
      double outside = flow.visits[cycle[i]] - inner[i];
      if (outside > bestOutside + 1e-12) {
        bestOutside = outside;
        first = i;
      }
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      ids.add(g.id(cycle[(first + i) % length]));
    }
    return new Loop(ids, returnProbability, flow.visits[cycle[first]] * returnProbability);
  }

  static double probability(StageGraph g, int from, int to) {
    for (int k = 0; k < g.successors[from].length; k++) {
      if (g.successors[from][k] == to) {
        return g.probabilities[from][k];
      }
    }
    return 0;
  }
}
