package dev.slippers.analysis;

import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A journey as it would be with some pain points fixed: the pain points are gone, and so is the
 * part of their stage's bad exits they explain.
 *
 * <p>Assumption (docs/analysis.md): the bad exits of a stage are its transitions to {@code failure}
 * outcome stages plus its leak (customers lost there). A fixed pain point of severity s met by a
 * share f of the stage's customers explains {@code s / 5 x f} of those bad exits: a critical pain
 * met by everyone explains all of them. Fixing pain points with explained shares r1, r2... scales
 * the bad exits by {@code 1 - min(1, r1 + r2 + ...)}, and the customers kept move on along the
 * stage's other transitions, in proportion to their shares. A stage without other transitions keeps
 * its shares. Every transition of a changed stage gets an explicit share.
 */
public final class PainFixes {

  private PainFixes() {}

  /** The ids among {@code fixes} that name no pain point of the journey, in the order given. */
  public static List<String> unknown(Journey journey, Collection<String> fixes) {
    Set<String> known = new LinkedHashSet<>();
    journey.painPoints().forEach(p -> known.add(p.id()));
    return fixes.stream().filter(f -> !known.contains(f)).distinct().toList();
  }

  /** The journey with the named pain points fixed; the same journey when {@code fixes} is empty. */
  public static Journey apply(Journey journey, Collection<String> fixes) {
    if (fixes.isEmpty()) {
      return journey;
    }
    Set<String> fixed = Set.copyOf(fixes);
    Map<String, Double> explained = new HashMap<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      List<PainPoint> kept = new ArrayList<>();
      double r = 0;
      for (PainPoint pain : stage.painPoints()) {
        if (fixed.contains(pain.id())) {
          r += pain.severity() / (double) PainPoint.MAX_SEVERITY * pain.frequency();
        } else {
          kept.add(pain);
        }
      }
      if (r > 0) {
        explained.merge(stage.id(), Math.min(1, r), (a, b) -> Math.min(1, a + b));
      }
      stages.add(kept.size() == stage.painPoints().size() ? stage : new Stage(stage.id(), stage.name(),
          stage.description(), stage.outcome(), stage.touchpoints(), kept, stage.opportunities(), stage.metrics()));
    }
    Journey withoutPains = new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), stages, journey.transitions(),
        journey.scoring(), journey.economics(), journey.description());
    return reshare(withoutPains, explained);
  }

  private static Journey reshare(Journey journey, Map<String, Double> explained) {
    StageGraph g = StageGraph.of(journey);
    List<Transition> transitions = new ArrayList<>();
    Map<String, List<Transition>> replaced = new HashMap<>();
    for (Map.Entry<String, Double> e : explained.entrySet()) {
      Integer s = g.index.get(e.getKey());
      if (s != null && !g.outcome[s]) {
        replaced.put(e.getKey(), reshared(g, s, e.getValue()));
      }
    }
    Set<String> written = new java.util.HashSet<>();
    for (Transition t : journey.transitions()) {
      List<Transition> instead = replaced.get(t.from());
      if (instead == null) {
        transitions.add(t);
      } else if (written.add(t.from())) {
        transitions.addAll(instead);
      }
    }
    return new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(), journey.persona(),
        journey.personas(), journey.channels(), journey.entry(), journey.stages(), transitions, journey.scoring(),
        journey.economics(), journey.description());
  }

  private static List<Transition> reshared(StageGraph g, int s, double r) {
    int[] next = g.successors[s];
    double[] p = g.probabilities[s];
    double bad = g.leak[s];
    double good = 0;
    for (int k = 0; k < next.length; k++) {
      if (isFailure(g, next[k])) {
        bad += p[k];
      } else {
        good += p[k];
      }
    }
    double kept = bad * r;
    List<Transition> out = new ArrayList<>();
    for (int k = 0; k < next.length; k++) {
      double share = p[k];
      if (good > 0) {
        share = isFailure(g, next[k]) ? p[k] * (1 - r) : p[k] * (good + kept) / good;
      }
      out.add(new Transition(g.id(s), g.id(next[k]), OptionalDouble.of(share), ""));
    }
    return out;
  }

  private static boolean isFailure(StageGraph g, int stage) {
    return g.stages.get(stage).outcome().filter(Stage.FAILURE::equals).isPresent();
  }
}
