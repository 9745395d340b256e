package dev.slippers.analysis.uncertainty;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The posterior over one stage's exits: Dirichlet(c₁ + 1, ..., c_k + 1[, lost + 1]) from the
 * observed counts and a uniform Dirichlet(1, ..., 1) prior (every split of the stage's customers
 * equally likely before any is seen).
 *
 * <p>Drawn by the standard construction: Y_i ~ Gamma(α_i, 1) independently, X = Y / Σ Y. Written
 * here because commons-math3 has no Dirichlet; the Gamma draws are its {@link GammaDistribution}
 * (Marsaglia and Tsang) on the caller's generator, so one seed fixes every draw.
 *
 * <p>Without {@code departures} the lost remainder is no exit of the posterior: the counts split the
 * share the stage passes on, and the designed drop-off ({@code keptLeak}) stays as it is.
 */
final class ExitPosterior {

  private final GammaDistribution[] gammas;
  private final boolean lostIsExit;
  private final double keptLeak;
  private final int transitions;

  ExitPosterior(ExitCounts counts, double designedLeak, RandomGenerator random) {
    this.transitions = counts.transitions().size();
    this.lostIsExit = counts.departures().isPresent();
    this.keptLeak = lostIsExit ? 0 : designedLeak;
    this.gammas = new GammaDistribution[transitions + (lostIsExit ? 1 : 0)];
    for (int i = 0; i < transitions; i++) {
      gammas[i] = new GammaDistribution(random, counts.transitions().get(i) + 1.0, 1.0);
    }
    if (lostIsExit) {
      gammas[transitions] = new GammaDistribution(random, counts.lost() + 1.0, 1.0);
    }
  }

  /** One draw of the transitions' shares, in the order of the counts; what they leave of 1 is lost. */
  double[] draw() {
    double[] y = new double[gammas.length];
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      y[i] = gammas[i].sample();
      sum += y[i];
    }
    double[] shares = new double[transitions];
    for (int i = 0; i < transitions; i++) {
      shares[i] = (1 - keptLeak) * y[i] / sum;
    }
    return shares;
  }
}
