package dev.slippers.analysis.uncertainty;

import dev.slippers.analysis.JourneyValue;
import dev.slippers.analysis.OutcomeProbabilities;
import dev.slippers.analysis.PainFixes;
import dev.slippers.model.Economics;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Intervals for the decision model's figures from the counts behind the journey's shares
 * (docs/analysis.md, section 15).
 *
 * <p>Each stage whose every transition carries a count is measured: its exits get the Dirichlet
 * posterior of {@link ExitPosterior}. Every other stage with transitions keeps its designed shares
 * and is reported as assumed (its uncertainty is unknown, not zero). Each of {@code samples} draws
 * replaces the measured stages' shares by one posterior draw and solves the chain exactly: success,
 * value per period, and for every pain whose fix can move customers the same with that pain alone
 * fixed ({@link PainFixes}, on the drawn shares). Intervals are the 2.5th and 97.5th percentiles of the
 * draws (commons-math3 {@link Percentile}, estimation R-7, the usual sample quantile).
 *
 * <p>All randomness comes from one {@link Well19937c} seeded with {@code seed}, drawn stage by stage
 * in file order, so the same journey, counts and seed give the same figures. Cost: samples × (1 +
 * effectual pains) flow solves.
 */
public final class UncertaintyAnalysis {

  /** The seed when none is given. */
  public static final long DEFAULT_SEED = 9L;
  public static final int MAX_SAMPLES = 1_000_000;
  private static final double LOW = 2.5;
  private static final double HIGH = 97.5;

  private UncertaintyAnalysis() {}

  /** Draws from the counts the journey itself carries (transition {@code count}, stage {@code departures}). */
  public static Uncertainty of(Journey journey, int samples, long seed) {
    return of(journey, ExitCounts.of(journey), samples, seed);
  }

  /**
   * Draws {@code samples} journeys from the posterior of {@code counts} and summarises them.
   *
   * @throws IllegalArgumentException when samples is outside 1..{@value #MAX_SAMPLES}, or counts name
   *                                  an unknown stage or do not match its transitions
   */
  public static Uncertainty of(Journey journey, List<ExitCounts> counts, int samples, long seed) {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException("samples must be between 1 and " + MAX_SAMPLES + ", not " + samples);
    }
    Map<String, Stage> stages = journey.stagesById();
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    Map<String, ExitCounts> byStage = new HashMap<>();
    for (ExitCounts c : counts) {
      List<Transition> out = leaving.getOrDefault(c.stageId(), List.of());
      if (!stages.containsKey(c.stageId())) {
        throw new IllegalArgumentException("counts for an unknown stage " + c.stageId());
      }
      if (c.transitions().size() != out.size()) {
        throw new IllegalArgumentException("stage " + c.stageId() + " has " + out.size() + " transitions but "
            + c.transitions().size() + " counts");
      }
      byStage.put(c.stageId(), c);
    }
    RandomGenerator random = new Well19937c(seed);
    List<String> measured = new ArrayList<>();
    List<String> assumed = new ArrayList<>();
    Map<String, ExitPosterior> posteriors = new java.util.LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      List<Transition> out = leaving.getOrDefault(stage.id(), List.of());
      if (stage.isOutcome() || out.isEmpty()) {
        continue;
      }
      ExitCounts c = byStage.get(stage.id());
      if (c == null) {
        assumed.add(stage.id());
        continue;
      }
      double passed = 0;
      for (double share : Transition.effectiveShares(out)) {
        passed += share;
      }
      measured.add(stage.id());
      posteriors.put(stage.id(), new ExitPosterior(c, Math.max(0, 1 - passed), random));
    }
    Optional<Economics> economics = journey.economics();
    List<String> pains = new ArrayList<>(OutcomeProbabilities.effectualPains(journey));
    double[] success = new double[samples];
    double[] value = new double[samples];
    double[][] painSuccess = new double[pains.size()][samples];
    double[][] painValue = new double[pains.size()][samples];
    int[] top = new int[pains.size()];
    for (int d = 0; d < samples; d++) {
      Journey drawn = draw(journey, leaving, posteriors);
      Map<String, Double> base = OutcomeProbabilities.of(drawn);
      success[d] = base.getOrDefault(Stage.SUCCESS, 0.0);
      value[d] = economics.map(e -> JourneyValue.perPeriod(e, base)).orElse(0.0);
      int best = -1;
      double bestGain = 0;
      for (int p = 0; p < pains.size(); p++) {
        Map<String, Double> fixed = OutcomeProbabilities.of(PainFixes.apply(drawn, Set.of(pains.get(p))));
        painSuccess[p][d] = fixed.getOrDefault(Stage.SUCCESS, 0.0) - success[d];
        painValue[p][d] = economics.map(e -> JourneyValue.perPeriod(e, fixed)).orElse(0.0) - value[d];
        double gain = economics.isPresent() ? painValue[p][d] : painSuccess[p][d];
        // Gains within solver noise of each other tie, and a tie goes to the earlier pain in the file.
        if (best < 0 || gain > bestGain + 1e-9 * Math.max(1, Math.abs(bestGain))) {
          best = p;
          bestGain = gain;
        }
      }
      if (best >= 0) {
        top[best]++;
      }
    }
    List<PainUncertainty> painResults = new ArrayList<>();
    for (PainPoint pain : journey.painPoints()) {
      int p = pains.indexOf(pain.id());
      if (painResults.stream().anyMatch(r -> r.painPointId().equals(pain.id()))) {
        continue;
      }
      if (p < 0) {
        painResults.add(new PainUncertainty(pain.id(), new Interval(0, 0, 0),
            economics.map(e -> new Interval(0, 0, 0)), 0));
      } else {
        double[] v = painValue[p];
        painResults.add(new PainUncertainty(pain.id(), interval(painSuccess[p]),
            economics.map(e -> interval(v)), (double) top[p] / samples));
      }
    }
    return new Uncertainty(samples, seed, interval(success), economics.map(e -> interval(value)), painResults,
        measured, assumed);
  }

  /** The journey with every measured stage's shares replaced by one posterior draw. */
  private static Journey draw(Journey journey, Map<String, List<Transition>> leaving,
      Map<String, ExitPosterior> posteriors) {
    if (posteriors.isEmpty()) {
      return journey;
    }
    Map<Transition, Double> shares = new java.util.IdentityHashMap<>();
    posteriors.forEach((stage, posterior) -> {
      double[] drawn = posterior.draw();
      List<Transition> out = leaving.get(stage);
      for (int i = 0; i < drawn.length; i++) {
        shares.put(out.get(i), drawn[i]);
      }
    });
    List<Transition> transitions = new ArrayList<>(journey.transitions().size());
    for (Transition t : journey.transitions()) {
      Double share = shares.get(t);
      transitions.add(share == null ? t : withShare(t, share));
    }
    return new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), journey.stages(),
        transitions, journey.scoring(), journey.economics(), journey.description());
  }

  private static Transition withShare(Transition t, double share) {
    return new Transition(t.from(), t.to(), OptionalDouble.of(share), t.label(), t.count(), t.source());
  }

  private static Interval interval(double[] draws) {
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    percentile.setData(draws);
    double sum = 0;
    for (double draw : draws) {
      sum += draw;
    }
    return new Interval(percentile.evaluate(LOW), percentile.evaluate(HIGH), sum / draws.length);
  }
}
