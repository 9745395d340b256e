package dev.slippers.analysis;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The backward counterpart of {@link Flow}: expected amounts collected from a stage until the
 * journey ends. Solves {@code x_s = b_s + Σ_k p_sk x_k} for every stage that is not an outcome and
 * {@code x_o = b_o} at outcome stages; leaking customers collect nothing more. With b = 1 at the
 * stages of good outcomes and 0 elsewhere, x is the probability of ending well from each stage.
 *
 * <p>Method as in {@link Flow}: components in reverse topological order, a stage outside any cycle
 * exact in one step; inside a cycle, Gauss-Seidel sweeps with a stage's own loop solved exactly,
 * and a direct LU solve for components of up to {@link Flow#DENSE_LIMIT} stages that have not
 * settled after {@link Flow#SLOW_SWEEPS} sweeps or {@link Flow#SWEEP_WORK_BUDGET} transitions; a
 * larger component keeps the values reached at that budget. A closed component (no way out, rejected by
 * validation) collects nothing: its customers are lost. Cost O(V + E) outside cycles.
 */
final class Absorption {

  private Absorption() {}

  static double[] solve(StageGraph g, double[] b) {
    int n = g.size();
    double[] x = new double[n];
    for (int c = g.components.length - 1; c >= 0; c--) {
      int[] members = g.components[c];
      if (!g.cyclic[c]) {
        int s = members[0];
        x[s] = value(g, s, b, x);
      } else if (!closed(g, c)) {
        solveComponent(g, c, b, x);
      }
    }
    return x;
  }

  /** b_s plus what the successors collect, a loop of s on itself included at its current value. */
  private static double value(StageGraph g, int s, double[] b, double[] x) {
    if (g.outcome[s]) {
      return b[s];
    }
    double value = b[s];
    for (int k = 0; k < g.successors[s].length; k++) {
      value += g.probabilities[s][k] * x[g.successors[s][k]];
    }
    return value;
  }

  private static boolean closed(StageGraph g, int c) {
    for (int s : g.components[c]) {
      if (g.leak[s] > 0 || g.outcome[s]) {
        return false;
      }
      for (int next : g.successors[s]) {
        if (g.component[next] != c) {
          return false;
        }
      }
    }
    return true;
  }

  private static void solveComponent(StageGraph g, int c, double[] b, double[] x) {
    int[] members = g.components[c];
    long work = 0;
    for (int sweep = 0; sweep < Flow.MAX_SWEEPS; sweep++) {
      if (sweep >= Flow.SLOW_SWEEPS || work >= Flow.SWEEP_WORK_BUDGET) {
        if (members.length <= Flow.DENSE_LIMIT) {
          solveDirectly(g, c, b, x);
          return;
        }
        if (work >= Flow.SWEEP_WORK_BUDGET) {
          return;
        }
      }
      double moved = 0;
      double largest = 0;
      for (int s : members) {
        double value = b[s];
        double self = 0;
        for (int k = 0; k < g.successors[s].length; k++) {
          int next = g.successors[s][k];
          if (next == s) {
            self += g.probabilities[s][k];
          } else {
            value += g.probabilities[s][k] * x[next];
          }
        }
        work += g.successors[s].length;
        value /= 1 - self;
        moved = Math.max(moved, Math.abs(value - x[s]));
        largest = Math.max(largest, Math.abs(value));
        x[s] = value;
      }
      if (moved <= Flow.TOLERANCE * Math.max(1, largest)) {
        return;
      }
    }
  }

  private static void solveDirectly(StageGraph g, int c, double[] b, double[] x) {
    int[] members = g.components[c];
    Map<Integer, Integer> position = new HashMap<>();
    for (int i = 0; i < members.length; i++) {
      position.put(members[i], i);
    }
    double[][] a = new double[members.length][members.length];
    double[] rhs = new double[members.length];
    for (int i = 0; i < members.length; i++) {
      int s = members[i];
      a[i][i] += 1;
      rhs[i] = b[s];
      for (int k = 0; k < g.successors[s].length; k++) {
        int next = g.successors[s][k];
        Integer j = position.get(next);
        if (j != null) {
          a[i][j] -= g.probabilities[s][k];
        } else {
          rhs[i] += g.probabilities[s][k] * x[next];
        }
      }
    }
    RealVector v;
    try {
      v = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(rhs, false));
    } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
      // Part of the component is a loop nobody leaves (Flow counts its customers as lost): keep the
      // values the sweeps reached, which collect nothing from there.
      return;
    }
    for (int i = 0; i < members.length; i++) {
      x[members[i]] = v.getEntry(i);
    }
  }
}
