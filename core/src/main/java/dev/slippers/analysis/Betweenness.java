package dev.slippers.analysis;

import java.util.Arrays;
import java.util.Random;

/**
 * Betweenness centrality of the stages, normalised like JGraphT's {@code BetweennessCentrality} on a
 * directed graph (divided by (n-1)(n-2)), ignoring transition shares: how many shortest routes
 * between other stages pass through a stage.
 *
 * <p>Brandes' algorithm ("A faster algorithm for betweenness centrality", 2001): one breadth-first
 * search per source, O(V + E) each. Up to {@link #EXACT_LIMIT} stages every stage is a source
 * (exact, O(V E)); above it {@link #SAMPLES} sources drawn with a fixed seed stand for all of them
 * and the sums are scaled by n / samples (Brandes and Pich, "Centrality estimation in large
 * networks", 2007), so the cost stays O(samples x (V + E)) and the output is still identical from
 * run to run. Written over the stage graph's arrays rather than calling JGraphT's implementation,
 * which is exact only and, on boxed maps, takes over half a second at 1,000 stages.
 */
final class Betweenness {

  static final int EXACT_LIMIT = 1_000;
  static final int SAMPLES = 128;
  private static final long SEED = 20_240_601L;

  private Betweenness() {}

  static double[] of(StageGraph g) {
    int n = g.size();
    double[] centrality = new double[n];
    if (n <= 2) {
      return centrality;
    }
    int[] sources = sources(n);
    int[] order = new int[n];
    int[] distance = new int[n];
    double[] paths = new double[n];
    double[] dependency = new double[n];
    for (int source : sources) {
      Arrays.fill(distance, -1);
      Arrays.fill(paths, 0);
      Arrays.fill(dependency, 0);
      distance[source] = 0;
      paths[source] = 1;
      int head = 0;
      int tail = 0;
      order[tail++] = source;
      while (head < tail) {
        int v = order[head++];
        for (int w : g.successors[v]) {
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            order[tail++] = w;
          }
          if (distance[w] == distance[v] + 1) {
            paths[w] += paths[v];
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) {
        int w = order[i];
        for (int v : g.predecessors[w]) {
          if (distance[v] >= 0 && distance[v] == distance[w] - 1) {
            dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
          }
        }
        centrality[w] += dependency[w];
      }
    }
    double scale = (double) n / sources.length / ((n - 1) * (double) (n - 2));
    for (int s = 0; s < n; s++) {
      centrality[s] *= scale;
    }
    return centrality;
  }

  private static int[] sources(int n) {
    if (n <= EXACT_LIMIT) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    return new Random(SEED).ints(0, n).distinct().limit(SAMPLES).sorted().toArray();
  }
}
