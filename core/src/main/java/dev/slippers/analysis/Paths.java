package dev.slippers.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The most likely and the highest-friction entry-to-outcome paths.
 *
 * <p>Paths are simple (no stage twice; loops are reported apart) and end at an outcome stage or,
 * with the stage's leak as last factor, as {@value JourneyAnalysis#LOST} at the stage where
 * customers drop off. Likely paths come from an A* search over partial paths, scored in log space
 * by the prefix probability times the best probability of finishing from its last stage; that bound
 * is exact for walks, so complete paths come out most likely first and the search expands little
 * beyond the k paths it returns. The search stops after {@link #MAX_EXPANSIONS} expansions (a graph
 * with an enormous number of near-equal paths), returning the paths found so far.
 *
 * <p>Highest-friction paths: the longest path by friction is NP-hard on graphs with cycles, and an
 * improbable detour should not top the list anyway, so they are the k highest-friction paths among
 * the {@link #frictionPool(int)} most likely ones.
 */
final class Paths {

  static final int MAX_EXPANSIONS = 200_000;

  private Paths() {}

  /** How many likely paths the friction ranking chooses from: 20 per requested path, at least 200. */
  static int frictionPool(int top) {
    return Math.max(200, 20 * top);
  }

  static PathRanking rank(StageGraph g, double[] friction, int top) {
    if (top <= 0 || g.entry < 0) {
      return new PathRanking(List.of(), List.of());
    }
    List<JourneyPath> pool = likely(g, friction, frictionPool(top));
    List<JourneyPath> likely = pool.subList(0, Math.min(top, pool.size()));
    List<JourneyPath> byFriction = new ArrayList<>(pool);
    byFriction.sort(Comparator.comparingDouble(JourneyPath::friction).reversed()
        .thenComparing(Comparator.comparingDouble(JourneyPath::probability).reversed()));
    return new PathRanking(likely, byFriction.subList(0, Math.min(top, byFriction.size())));
  }

  /** A partial path: its last stage, its parent, log-probability and a sequence for stable ties. */
  private record Step(int stage, Step parent, double logProbability, double priority, long sequence, boolean lost) {}

  static List<JourneyPath> likely(StageGraph g, double[] friction, int count) {
    double[] best = bestFinish(g);
    if (best[g.entry] == Double.NEGATIVE_INFINITY) {
      return List.of();
    }
    PriorityQueue<Step> queue = new PriorityQueue<>(Comparator.comparingDouble((Step s) -> -s.priority())
        .thenComparingLong(Step::sequence));
    long sequence = 0;
    queue.add(new Step(g.entry, null, 0, best[g.entry], sequence++, false));
    List<JourneyPath> found = new ArrayList<>();
    int expansions = 0;
    while (!queue.isEmpty() && found.size() < count && expansions < MAX_EXPANSIONS) {
      Step step = queue.poll();
      expansions++;
      int s = step.stage();
      if (step.lost() || g.outcome[s]) {
        found.add(toPath(g, step, friction));
        continue;
      }
      for (int k = 0; k < g.successors[s].length; k++) {
        int next = g.successors[s][k];
        double p = g.probabilities[s][k];
        if (p <= 0 || best[next] == Double.NEGATIVE_INFINITY || onPath(g, step, next)) {
          continue;
        }
        double logP = step.logProbability() + Math.log(p);
        queue.add(new Step(next, step, logP, logP + best[next], sequence++, false));
      }
      if (g.leak[s] > 0) {
        double logP = step.logProbability() + Math.log(g.leak[s]);
        queue.add(new Step(s, step.parent(), logP, logP, sequence++, true));
      }
    }
    return found;
  }

  /**
   * best[s]: log of the highest probability of any walk from s to an outcome or a drop-off, by a
   * Dijkstra search backwards from the ends over -log p (non-negative weights). Hand-written over
   * the arrays because JGraphT's Dijkstra would need a copy of the graph with a virtual end vertex.
   */
  static double[] bestFinish(StageGraph g) {
    int n = g.size();
    double[] best = new double[n];
    Arrays.fill(best, Double.NEGATIVE_INFINITY);
    PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> -e[0])
        .thenComparingDouble(e -> e[1]));
    for (int s = 0; s < n; s++) {
      double start = g.outcome[s] ? 0 : g.leak[s] > 0 ? Math.log(g.leak[s]) : Double.NEGATIVE_INFINITY;
      if (start > Double.NEGATIVE_INFINITY) {
        best[s] = start;
        queue.add(new double[] {start, s});
      }
    }
    boolean[] done = new boolean[n];
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int s = (int) top[1];
      if (done[s]) {
        continue;
      }
      done[s] = true;
      for (int k = 0; k < g.predecessors[s].length; k++) {
        int from = g.predecessors[s][k];
        double p = g.predecessorProbabilities[s][k];
        if (p <= 0 || done[from]) {
          continue;
        }
        double candidate = best[s] + Math.log(p);
        if (candidate > best[from]) {
          best[from] = candidate;
          queue.add(new double[] {candidate, from});
        }
      }
    }
    return best;
  }

  /**
   * True when {@code next} is already on the path. A path leaves a strongly connected component for
   * good, so only the tail inside next's component needs checking.
   */
  private static boolean onPath(StageGraph g, Step step, int next) {
    int c = g.component[next];
    if (!g.cyclic[c]) {
      return false;
    }
    for (Step at = step; at != null && g.component[at.stage()] == c; at = at.parent()) {
      if (at.stage() == next) {
        return true;
      }
    }
    return false;
  }

  private static JourneyPath toPath(StageGraph g, Step end, double[] friction) {
    List<String> ids = new ArrayList<>();
    double total = 0;
    Step last = end.lost() ? new Step(end.stage(), end.parent(), 0, 0, 0, false) : end;
    for (Step at = last; at != null; at = at.parent()) {
      ids.add(g.id(at.stage()));
      total += friction[at.stage()];
    }
    java.util.Collections.reverse(ids);
    String outcome = end.lost() ? JourneyAnalysis.LOST : g.stages.get(end.stage()).outcome().orElseThrow();
    return new JourneyPath(ids, outcome, Math.exp(end.logProbability()), total);
  }
}
