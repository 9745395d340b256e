package dev.slippers.analysis;

import dev.slippers.model.Economics;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each pain point is worth fixing: alone (the change when it alone is fixed) and as its share
 * of fixing them all (Shapley values), for every outcome's probability, hence for success and for
 * value per period, which are linear in them.
 *
 * <p>Only the pains whose fix can move customers ({@link PainFixes#effectual}) play; every other pain
 * is worth exactly 0 (a null player). With up to {@link #EXACT_LIMIT} players the Shapley values are
 * exact: the flow is solved for every subset (2^n solves) and φ_i = Σ_S |S|!(n−|S|−1)!/n! ×
 * (v(S ∪ i) − v(S)). Above that, {@link #samples} random orders drawn with a fixed seed: each order's
 * marginal gains add up to the whole gain exactly, so the sampled attributions do too; the standard
 * error of the mean is reported.
 */
final class PainValues {

  static final int EXACT_LIMIT = 12;
  /** Flow solves a sampled attribution may spend, in all. */
  static final int SAMPLE_BUDGET = 8192;
  static final long SEED = 8L;
  /** Fewer flow solves than this run on the caller's thread; more are spread over every core. */
  private static final int PARALLEL_FROM = 64;

  /** One pain's worth, as fractions of customers per outcome. */
  record Worth(Map<String, Double> ifFixed, Map<String, Double> attributed) {}

  final Map<String, Worth> worth = new HashMap<>();
  final Attribution attribution;
  private final List<String> outcomes;
  private final Journey journey;
  /** The journey's own graph: every variant solved shares its stage index and components. */
  private final StageGraph graph;

  private PainValues(StageGraph graph, Map<String, Double> base) {
    this.journey = graph.journey;
    this.graph = graph;
    this.outcomes = new ArrayList<>(new TreeSet<>(base.keySet()));
    List<String> players = new ArrayList<>(PainFixes.effectual(journey));
    int n = players.size();
    if (n == 0) {
      attribution = new Attribution(Attribution.NONE, 0, 0, 0);
      return;
    }
    double[] none = vector(base);
    double[][] alone = new double[n][];
    double[][] phi;
    int permutations = 0;
    double error = 0;
    if (n <= EXACT_LIMIT) {
      double[][] v = new double[1 << n][];
      v[0] = none;
      // Each subset's solve is independent and lands in its own slot: on every core, the same values.
      range(1, v.length).forEach(mask -> v[mask] = solve(players, mask));
      for (int i = 0; i < n; i++) {
        alone[i] = v[1 << i];
      }
      phi = exact(v, n);
    } else {
      for (int i = 0; i < n; i++) {
        alone[i] = vector(outcomes(List.of(players.get(i))));
      }
      permutations = Math.max(16, SAMPLE_BUDGET / n);
      double[][] sum = new double[n][outcomes.size()];
      double[] sumScalar = new double[n];
      double[] sumSquares = new double[n];
      // The orders are drawn one after the other from the seed, their flows solved on every core,
      // and the gains added up in the order drawn: the same sums, bit for bit, as one by one.
      Random random = new Random(SEED);
      List<List<String>> orders = new ArrayList<>(permutations);
      for (int m = 0; m < permutations; m++) {
        List<String> order = new ArrayList<>(players);
        java.util.Collections.shuffle(order, random);
        orders.add(order);
      }
      double[][][] gains = new double[permutations][][];
      range(0, permutations).forEach(m -> gains[m] = gains(orders.get(m), players, none));
      for (int m = 0; m < permutations; m++) {
        for (String pain : orders.get(m)) {
          int i = players.indexOf(pain);
          double scalar = 0;
          for (int o = 0; o < outcomes.size(); o++) {
            double gain = gains[m][i][o];
            sum[i][o] += gain;
            scalar += gain * weight(o);
          }
          sumScalar[i] += scalar;
          sumSquares[i] += scalar * scalar;
        }
      }
      phi = new double[n][outcomes.size()];
      for (int i = 0; i < n; i++) {
        for (int o = 0; o < outcomes.size(); o++) {
          phi[i][o] = sum[i][o] / permutations;
        }
        double mean = sumScalar[i] / permutations;
        double variance = Math.max(0, sumSquares[i] / permutations - mean * mean) * permutations / (permutations - 1.0);
        error = Math.max(error, Math.sqrt(variance / permutations));
      }
    }
    for (int i = 0; i < n; i++) {
      Map<String, Double> fixed = new HashMap<>();
      Map<String, Double> share = new HashMap<>();
      for (int o = 0; o < outcomes.size(); o++) {
        fixed.put(outcomes.get(o), alone[i][o] - none[o]);
        share.put(outcomes.get(o), phi[i][o]);
      }
      worth.put(players.get(i), new Worth(fixed, share));
    }
    attribution = new Attribution(n <= EXACT_LIMIT ? Attribution.EXACT : Attribution.SAMPLED, n, permutations, error);
  }

  /** The worth of the pains of {@code graph}'s journey, whose outcome probabilities are {@code outcomes}. */
  static PainValues of(StageGraph graph, Map<String, Double> outcomes) {
    return new PainValues(graph, outcomes);
  }

  /**
   * No worth computed for any pain (attribution {@link Attribution#NONE}): for analyses whose pain
   * table nobody reads, such as each fix alone in {@link WhatIf}, where the attribution would cost
   * up to {@link #SAMPLE_BUDGET} flow solves for nothing.
   */
  static PainValues skipped(Journey journey) {
    return new PainValues(journey);
  }

  private PainValues(Journey journey) {
    this.journey = journey;
    this.graph = null;
    this.outcomes = List.of();
    this.attribution = new Attribution(Attribution.NONE, 0, 0, 0);
  }

  /** The change in success probability, and in value per period where there are economics, of one worth. */
  static double success(Map<String, Double> delta) {
    return delta.getOrDefault(Stage.SUCCESS, 0.0);
  }

  static double value(Economics economics, Map<String, Double> delta) {
    return JourneyValue.perPeriod(economics, delta);
  }

  /** Per outcome: money per period of one customer's share with economics, else 1 for success. */
  private double weight(int o) {
    Optional<Economics> economics = journey.economics();
    String outcome = outcomes.get(o);
    return economics.map(e -> e.customers() * e.valueOf(outcome)).orElse(outcome.equals(Stage.SUCCESS) ? 1.0 : 0.0);
  }

  /**
   * Indexes {@code from..to-1}, in parallel when there are enough of them to pay for it (a flow
   * solve each); callers write each index's result into its own slot.
   */
  private static java.util.stream.IntStream range(int from, int to) {
    java.util.stream.IntStream indexes = java.util.stream.IntStream.range(from, to);
    return to - from >= PARALLEL_FROM ? indexes.parallel() : indexes;
  }

  /** Each player's marginal gain (per outcome) when the pains are fixed one by one in {@code order}. */
  private double[][] gains(List<String> order, List<String> players, double[] none) {
    double[][] gains = new double[players.size()][];
    List<String> fixed = new ArrayList<>();
    double[] previous = none;
    for (String pain : order) {
      fixed.add(pain);
      double[] now = vector(outcomes(fixed));
      double[] gain = new double[now.length];
      for (int o = 0; o < now.length; o++) {
        gain[o] = now[o] - previous[o];
      }
      gains[players.indexOf(pain)] = gain;
      previous = now;
    }
    return gains;
  }

  private double[] solve(List<String> players, int mask) {
    List<String> fixed = new ArrayList<>();
    for (int i = 0; i < players.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        fixed.add(players.get(i));
      }
    }
    return vector(outcomes(fixed));
  }

  private Map<String, Double> outcomes(List<String> fixed) {
    return Flow.of(StageGraph.of(PainFixes.apply(journey, Set.copyOf(fixed)), graph)).outcomes;
  }

  private double[] vector(Map<String, Double> probabilities) {
    double[] v = new double[outcomes.size()];
    for (int o = 0; o < v.length; o++) {
      v[o] = probabilities.getOrDefault(outcomes.get(o), 0.0);
    }
    return v;
  }

  /** φ_i = Σ over subsets S without i of |S|!(n−|S|−1)!/n! × (v(S ∪ i) − v(S)). O(2^n n). */
  private static double[][] exact(double[][] v, int n) {
    double[] weight = new double[n];
    for (int size = 0; size < n; size++) {
      // |S|!(n−|S|−1)!/n! = 1 / (n × C(n−1, |S|))
      weight[size] = 1.0 / (n * binomial(n - 1, size));
    }
    int width = v[0].length;
    double[][] phi = new double[n][width];
    for (int mask = 0; mask < v.length; mask++) {
      int size = Integer.bitCount(mask);
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          continue;
        }
        double[] with = v[mask | (1 << i)];
        for (int o = 0; o < width; o++) {
          phi[i][o] += weight[size] * (with[o] - v[mask][o]);
        }
      }
    }
    return phi;
  }

  private static double binomial(int n, int k) {
    double result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return result;
  }
}
