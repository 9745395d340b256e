package dev.slippers.analysis;

import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Computes the {@link ExperienceScore} and the {@link BrightSpot}s of an analysed journey. */
final class Experiences {

  /** Below this chance of finishing, a stage's conditional friction is noise, not a bound. */
  private static final double NEGLIGIBLE = 1e-9;

  private Experiences() {}

  /** Bright-spot credit per stage: w_bright × the sum of its touchpoints' positive emotions. */
  static double[] credit(StageGraph g) {
    double weight = g.journey.scoring().brightSpot();
    double[] credit = new double[g.size()];
    for (int s = 0; s < g.size(); s++) {
      for (Touchpoint tp : g.stages.get(s).touchpoints()) {
        int emotion = tp.emotion().map(e -> e.value()).orElse(0);
        credit[s] += emotion > 0 ? weight * emotion : 0;
      }
    }
    return credit;
  }

  static ExperienceScore score(StageGraph g, Flow flow, double[] friction) {
    int n = g.size();
    double[] credit = credit(g);
    double[] finishes = new double[n];
    for (int s = 0; s < n; s++) {
      Stage stage = g.stages.get(s);
      finishes[s] = stage.isOutcome() && !stage.outcome().get().equals(Stage.FAILURE) ? 1 : 0;
    }
    double[] good = Absorption.solve(g, finishes);
    double[] net = new double[n];
    for (int s = 0; s < n; s++) {
      net[s] = (friction[s] - credit[s]) * good[s];
    }
    // h_s = E[net friction from s on x 1{finishes}] solves h = net + P h (net already weighted by g).
    double declared = g.journey.scoring().churnPenalty();
    // M is the declared penalty on top of the most net friction customers ending in any one finishing
    // outcome can expect from any stage on (two backward solves per outcome name). The bound alone
    // would make losing a customer cost exactly what finishing costs wherever every finisher walks
    // one path from the entry (shirt-store: the figure equalled the penalty whatever the success
    // rate); on top of it, losing a customer always costs more than any customer who finishes.
    double bound = 0;
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (int s = 0; s < n; s++) {
      if (finishes[s] > 0) {
        names.add(g.stages.get(s).outcome().get());
      }
    }
    for (String name : names) {
      double[] ends = new double[n];
      for (int s = 0; s < n; s++) {
        ends[s] = finishes[s] > 0 && g.stages.get(s).outcome().get().equals(name) ? 1 : 0;
      }
      double[] reachEnd = Absorption.solve(g, ends);
      double[] weighted = new double[n];
      for (int s = 0; s < n; s++) {
        weighted[s] = (friction[s] - credit[s]) * reachEnd[s];
      }
      double[] collected = Absorption.solve(g, weighted);
      for (int s = 0; s < n; s++) {
        if (reachEnd[s] > NEGLIGIBLE) {
          bound = Math.max(bound, collected[s] / reachEnd[s]);
        }
      }
    }
    double penalty = declared + bound;
    double finished = 0;
    double bright = 0;
    for (int s = 0; s < n; s++) {
      finished += flow.visits[s] * net[s];
      bright += flow.visits[s] * good[s] * credit[s];
    }
    double churn = 0;
    for (var e : flow.outcomes.entrySet()) {
      if (e.getKey().equals(Stage.FAILURE) || e.getKey().equals(JourneyAnalysis.LOST)) {
        churn += e.getValue();
      }
    }
    return new ExperienceScore(finished + penalty * churn, finished, bright, churn, penalty, declared);
  }

  static List<BrightSpot> brightSpots(StageGraph g, Flow flow) {
    double weight = g.journey.scoring().brightSpot();
    List<BrightSpot> found = new ArrayList<>();
    for (int s = 0; s < g.size(); s++) {
      for (Touchpoint tp : g.stages.get(s).touchpoints()) {
        int emotion = tp.emotion().map(e -> e.value()).orElse(0);
        if (emotion > 0) {
          found.add(new BrightSpot(tp.id(), g.id(s), emotion, weight * emotion, flow.reach[s]));
        }
      }
    }
    found.sort(Comparator.comparingDouble((BrightSpot b) -> -b.credit() * b.reachProbability())
        .thenComparing(BrightSpot::touchpointId));
    return found;
  }
}
