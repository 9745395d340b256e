package dev.slippers.analysis;

import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import java.util.TreeMap;

/**
 * Customer flow through the stage graph as an absorbing Markov chain: expected visits to every
 * stage, the probability of reaching it, the probability of ending in each outcome and the expected
 * duration.
 *
 * <p>Method: the expected visits {@code v} solve {@code v = e + P^T v} (e is 1 at the entry), the
 * first row of the fundamental matrix {@code (I - Q)^-1} without ever forming it. Strongly connected
 * components are solved one at a time in topological order: a stage outside any cycle is exact in
 * one step; inside a cycle, Gauss-Seidel sweeps over the component's sparse predecessor lists run
 * until no value moves by more than {@link #TOLERANCE}. The sweeps of one component stop after
 * {@link #SLOW_SWEEPS} sweeps or {@link #SWEEP_WORK_BUDGET} transitions followed, whichever comes
 * first; a component of up to {@link #DENSE_LIMIT} stages is then solved directly (LU), a larger one
 * keeps the values reached and the flow is marked {@link #approximate}. Cost: O(V + E) for acyclic
 * parts; inside a cyclic component c at most O(min(E_c x SLOW_SWEEPS, SWEEP_WORK_BUDGET + E_c)),
 * plus O(n_c^3) for a direct solve. Outcome probabilities follow from the visits: an outcome stage
 * is visited at most once, so its visits are the probability of ending there; {@code lost} collects
 * every stage's leak (unassigned share) times its visits.
 *
 * <p>Reach probability: outside cycles it equals the visits. Inside a cycle, {@code reach_j = v_j
 * (1 - f_j)} where {@code f_j} is the probability of coming back to j, found by a second
 * Gauss-Seidel solve restricted to j's component (one solve per stage of the component). Components
 * larger than {@link #EXACT_REACH_LIMIT} stages, and every component once these solves have followed
 * {@link #REACH_WORK_BUDGET} transitions in one analysis, use {@code min(1, v_j)} instead, an upper
 * bound.
 *
 * <p>A closed component (no leak, no way out with a share above 0: customers would go round for
 * ever; validation rejects it as {@code stage.no-outcome} or {@code stage.no-exit}), and a component
 * whose solve finds part of it closed (a singular system, or sweeps that diverge), is treated as absorbing: each of its stages counts one visit per
 * customer coming into the component (they would reach every one of them) and those customers end as
 * {@code lost}.
 */
final class Flow {

  static final double TOLERANCE = 1e-13;
  static final int MAX_SWEEPS = 1_000_000;
  /** Sweeps after which a small component is solved directly rather than iterated further. */
  static final int SLOW_SWEEPS = 10_000;
  /**
   * Stages up to which a slowly converging component is solved directly: a dense LU is cubic, about
   * 7 x 10^8 multiply-adds and 8 MB at this size.
   */
  static final int DENSE_LIMIT = 1_000;
  /**
   * Transitions the Gauss-Seidel sweeps of one component may follow. A dense loop of 1,000 stages has
   * a million transitions, so a sweep is a million steps, and customers who go round 99 times in 100
   * need thousands of sweeps: without this bound the work is not bounded by the journey's size.
   */
  static final long SWEEP_WORK_BUDGET = 50_000_000L;
  static final int EXACT_REACH_LIMIT = 400;
  /** Transitions followed by all the return-probability solves of one analysis, at most. */
  static final long REACH_WORK_BUDGET = 100_000_000L;

  final double[] visits;
  final double[] reach;
  final Map<String, Double> outcomes;
  final double expectedDurationSeconds;
  /** Expected customers passing along each transition: visits[from] x probability, per successor slot. */
  final double[][] traversals;
  private long reachWork;
  /** Transitions followed by the Gauss-Seidel sweeps of {@link #solveComponent}, all components together. */
  long sweepWork;
  /** Components whose sweeps stopped and that were solved by LU instead. */
  int directSolves;
  /**
   * True when a component larger than {@link #DENSE_LIMIT} stages ran out of its
   * {@link #SWEEP_WORK_BUDGET} before settling: its visits are the values reached, not exact.
   */
  boolean approximate;
  /** Cyclic components left approximate, and their stages all together. */
  int approximateLoops;
  int approximateStages;
  /** Position of each stage within its component, filled per component by {@link #returnProbabilities}. */
  private int[] local;

  private Flow(StageGraph g) {
    int n = g.size();
    visits = new double[n];
    reach = new double[n];
    traversals = new double[n][];
    double[] inflow = new double[n];
    double lost = 0;
    if (g.entry >= 0) {
      inflow[g.entry] = 1;
    }
    for (int c = 0; c < g.components.length; c++) {
      int[] members = g.components[c];
      if (!g.cyclic[c]) {
        int s = members[0];
        visits[s] = inflow[s];
        reach[s] = Math.min(1, visits[s]);
      } else if (closed(g, c) || !solveComponent(g, c, inflow)) {
        // Customers who come in visit every stage of a closed component (for ever): count one visit each.
        double arriving = 0;
        for (int s : members) {
          arriving += inflow[s];
        }
        for (int s : members) {
          visits[s] = arriving;
          reach[s] = Math.min(1, arriving);
        }
        lost += arriving;
        for (int s : members) {
          traversals[s] = new double[g.successors[s].length];
        }
        continue;
      } else {
        returnProbabilities(g, c);
      }
      for (int s : members) {
        traversals[s] = new double[g.successors[s].length];
        for (int k = 0; k < g.successors[s].length; k++) {
          int next = g.successors[s][k];
          double passed = visits[s] * g.probabilities[s][k];
          traversals[s][k] = passed;
          if (g.component[next] != c) {
            inflow[next] += passed;
          }
        }
        lost += visits[s] * g.leak[s];
      }
    }
    Map<String, Double> ends = new TreeMap<>();
    double duration = 0;
    for (int s = 0; s < n; s++) {
      Stage stage = g.stages.get(s);
      if (stage.isOutcome()) {
        ends.merge(stage.outcome().get(), visits[s], Double::sum);
      }
      duration += visits[s] * seconds(stage);
    }
    // Merged, not put: a stage may itself name its outcome "lost" (fuzzing found its share dropped).
    ends.merge(JourneyAnalysis.LOST, lost, Double::sum);
    outcomes = ends;
    expectedDurationSeconds = duration;
  }

  static Flow of(StageGraph graph) {
    return new Flow(graph);
  }

  /** What is approximate about this flow, when its bound in work stopped a solve. */
  java.util.Optional<Approximation> approximation() {
    return approximate ? java.util.Optional.of(new Approximation(approximateLoops, approximateStages, sweepWork))
        : java.util.Optional.empty();
  }

  /** Time spent at a stage on one visit: the sum of its touchpoints' durations. */
  static double seconds(Stage stage) {
    double total = 0;
    for (Touchpoint t : stage.touchpoints()) {
      total += t.duration().map(d -> dev.slippers.io.Quantities.seconds(d)).orElse(0.0);
    }
    return total;
  }

  private static boolean closed(StageGraph g, int c) {
    for (int s : g.components[c]) {
      if (g.leak[s] > 0 || g.outcome[s]) {
        return false;
      }
      for (int k = 0; k < g.successors[s].length; k++) {
        // A transition out with share 0 is no way out: nobody takes it.
        if (g.component[g.successors[s][k]] != c && g.probabilities[s][k] > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Gauss-Seidel on v_i = inflow_i + sum over predecessors j in the component of v_j p_ji, with a
   * stage's own loop solved exactly at each step (v_i = (inflow_i + others) / (1 - p_ii)): a stage
   * that customers repeat 99.9999% of the time would otherwise take millions of sweeps. Long cycles
   * that customers rarely leave still converge slowly; a component of up to {@link #DENSE_LIMIT}
   * stages that has not settled after {@link #SLOW_SWEEPS} sweeps or {@link #SWEEP_WORK_BUDGET}
   * transitions is solved directly instead, and a larger one stops there, {@link #approximate}.
   */
  private boolean solveComponent(StageGraph g, int c, double[] inflow) {
    int[] members = g.components[c];
    long budget = sweepWork + SWEEP_WORK_BUDGET;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      if (sweep >= SLOW_SWEEPS || sweepWork >= budget) {
        if (members.length <= DENSE_LIMIT) {
          directSolves++;
          return solveDirectly(g, c, inflow);
        }
        if (sweepWork >= budget) {
          approximate = true;
          approximateLoops++;
          approximateStages += members.length;
          return true;
        }
      }
      double moved = 0;
      for (int s : members) {
        double value = inflow[s];
        double self = 0;
        int[] preds = g.predecessors[s];
        double[] probs = g.predecessorProbabilities[s];
        for (int k = 0; k < preds.length; k++) {
          if (preds[k] == s) {
            self += probs[k];
          } else if (g.component[preds[k]] == c) {
            value += visits[preds[k]] * probs[k];
          }
        }
        sweepWork += preds.length;
        // self < 1 here: a stage that only loops on itself is a closed component of its own.
        value /= 1 - self;
        moved = Math.max(moved, Math.abs(value - visits[s]));
        visits[s] = value;
      }
      if (moved <= TOLERANCE * Math.max(1, maxOf(members))) {
        break;
      }
      if (!Double.isFinite(moved)) {
        return false;
      }
    }
    return true;
  }

  /**
   * (I - Q_c^T) v = inflow over the component's stages, by LU decomposition (commons-math).
   *
   * @return false when the matrix is singular: part of the component is a loop nobody leaves
   */
  private boolean solveDirectly(StageGraph g, int c, double[] inflow) {
    int[] members = g.components[c];
    Map<Integer, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < members.length; i++) {
      position.put(members[i], i);
    }
    double[][] a = new double[members.length][members.length];
    double[] b = new double[members.length];
    for (int i = 0; i < members.length; i++) {
      int s = members[i];
      a[i][i] += 1;
      b[i] = inflow[s];
      int[] preds = g.predecessors[s];
      double[] probs = g.predecessorProbabilities[s];
      for (int k = 0; k < preds.length; k++) {
        Integer j = position.get(preds[k]);
        if (j != null) {
          a[i][j] -= probs[k];
        }
      }
    }
    RealVector v;
    try {
      v = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(b, false));
    } catch (SingularMatrixException e) {
      return false;
    }
    for (int i = 0; i < members.length; i++) {
      visits[members[i]] = v.getEntry(i);
    }
    return true;
  }

  private double maxOf(int[] members) {
    double max = 0;
    for (int s : members) {
      max = Math.max(max, visits[s]);
    }
    return max;
  }

  /**
   * reach_j = v_j (1 - f_j) with f_j the return probability to j. x_i, the probability of reaching j
   * from i without leaving the component, solves x_i = sum_k p_ik (k == j ? 1 : x_k).
   */
  private void returnProbabilities(StageGraph g, int c) {
    int[] members = g.components[c];
    if (members.length > EXACT_REACH_LIMIT || reachWork > REACH_WORK_BUDGET) {
      for (int s : members) {
        reach[s] = Math.min(1, visits[s]);
      }
      return;
    }
    if (local == null) {
      local = new int[g.size()];
    }
    for (int i = 0; i < members.length; i++) {
      local[members[i]] = i;
    }
    double[] x = new double[members.length];
    for (int target : members) {
      java.util.Arrays.fill(x, 0);
      for (int sweep = 0; sweep < MAX_SWEEPS && reachWork <= REACH_WORK_BUDGET; sweep++) {
        double moved = 0;
        for (int i = 0; i < members.length; i++) {
          int s = members[i];
          if (s == target) {
            continue;
          }
          double value = hitting(g, c, s, target, x, local) / (1 - selfLoop(g, s));
          moved = Math.max(moved, Math.abs(value - x[i]));
          x[i] = value;
          reachWork += g.successors[s].length;
        }
        if (moved <= TOLERANCE) {
          break;
        }
      }
      if (reachWork > REACH_WORK_BUDGET) {
        // The budget ran out inside this solve: x is not settled, so use the upper bound.
        reach[target] = Math.min(1, visits[target]);
        continue;
      }
      double back = hitting(g, c, target, target, x, local);
      reach[target] = Math.min(1, visits[target] * (1 - back));
    }
  }

  /**
   * The probability of reaching target from {@code from} in one step, or later through the other
   * stages of the component; a loop of {@code from} on itself is left out (the caller divides it away)
   * unless {@code from} is the target, where going round it is a return.
   */
  private static double hitting(StageGraph g, int c, int from, int target, double[] x, int[] local) {
    double value = 0;
    int[] next = g.successors[from];
    for (int k = 0; k < next.length; k++) {
      if (next[k] == target) {
        value += g.probabilities[from][k];
      } else if (next[k] != from && g.component[next[k]] == c) {
        value += g.probabilities[from][k] * x[local[next[k]]];
      }
    }
    return value;
  }

  private static double selfLoop(StageGraph g, int s) {
    double self = 0;
    int[] next = g.successors[s];
    for (int k = 0; k < next.length; k++) {
      if (next[k] == s) {
        self += g.probabilities[s][k];
      }
    }
    return self;
  }
}
