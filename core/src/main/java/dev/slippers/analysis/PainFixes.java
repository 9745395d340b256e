package dev.slippers.analysis;

import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The fix model: a journey as it would be with some pain points fixed, from what the pain points
 * declare they do to the flow (docs/analysis.md, section 10).
 *
 * <ol>
 *   <li>A fixed pain's frequency becomes 0.</li>
 *   <li>Causes propagate along the (acyclic) causes graph: a pain q whose causes p₁, p₂... lost the
 *       shares r₁, r₂... of their occurrences keeps {@code Π (1 − Y_pq × r_p)} of its frequency, where
 *       Y_pq is the share of q's occurrences p causes. A fixed pain has r = 1, so a pain it causes
 *       directly is multiplied by (1 − Y); a chain p → q → r multiplies r by (1 − Y_pq Y_qr).</li>
 *   <li>For each pain whose frequency fell from f to f', every transition it drives (share X) loses
 *       (f − f') × X of the stage's customers, and that flow is spread over the stage's other
 *       transitions (those no reduced pain drives) in proportion to their shares. The leak is
 *       unchanged. A stage with no other transition carrying customers keeps its shares.</li>
 * </ol>
 *
 * A pain that drives nothing, directly or through the pains it causes, changes no outcome. Every
 * transition of a changed stage gets an explicit share. Cost: O(pains + causes + transitions).
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
    Map<String, Double> reduction = reductions(journey, Set.copyOf(fixes));
    List<Stage> stages = new ArrayList<>();
    Map<String, Map<String, Double>> removed = new HashMap<>();
    for (Stage stage : journey.stages()) {
      List<PainPoint> pains = new ArrayList<>();
      boolean changed = false;
      for (PainPoint pain : stage.painPoints()) {
        double r = reduction.getOrDefault(pain.id(), 0.0);
        if (r <= 0) {
          pains.add(pain);
          continue;
        }
        changed = true;
        pains.add(pain.withFrequency(pain.frequency() * (1 - r)));
        for (PainPoint.Drive drive : pain.drives()) {
          removed.computeIfAbsent(stage.id(), k -> new LinkedHashMap<>())
              .merge(drive.to(), pain.frequency() * r * drive.share(), Double::sum);
        }
      }
      stages.add(changed ? new Stage(stage.id(), stage.name(), stage.description(), stage.outcome(),
          stage.touchpoints(), pains, stage.opportunities(), stage.metrics()) : stage);
    }
    return new Journey(journey.formatVersion(), journey.id(), journey.title(), journey.language(),
        journey.persona(), journey.personas(), journey.channels(), journey.entry(), stages,
        reshare(journey, removed), journey.scoring(), journey.economics(), journey.description());
  }

  /**
   * The share of each pain's occurrences that a fix of {@code fixed} removes (1 for the fixed pains
   * themselves), by pain id; pains left untouched are absent. The causes graph is walked in
   * topological order (Kahn); a cycle, which validation rejects as {@code causes.cycle}, is cut where
   * the walk cannot go on, so a journey built in code still gets an answer.
   */
  static Map<String, Double> reductions(Journey journey, Set<String> fixed) {
    Map<String, PainPoint> pains = new LinkedHashMap<>();
    journey.painPoints().forEach(p -> pains.putIfAbsent(p.id(), p));
    Map<String, Integer> indegree = new HashMap<>();
    pains.keySet().forEach(id -> indegree.put(id, 0));
    for (PainPoint p : pains.values()) {
      for (PainPoint.Cause c : p.causes()) {
        indegree.computeIfPresent(c.pain(), (k, v) -> v + 1);
      }
    }
    Map<String, Double> kept = new HashMap<>();
    List<String> ready = new ArrayList<>();
    pains.keySet().stream().filter(id -> indegree.get(id) == 0).forEach(ready::add);
    Set<String> done = new HashSet<>();
    Map<String, Double> reduction = new LinkedHashMap<>();
    for (int i = 0; i < ready.size() || done.size() < pains.size(); i++) {
      if (i >= ready.size()) {
        // A cycle: take the first pain not done yet, in file order.
        pains.keySet().stream().filter(id -> !done.contains(id)).findFirst().ifPresent(ready::add);
      }
      String id = ready.get(i);
      if (!done.add(id)) {
        continue;
      }
      // A pain nobody meets any more (fixed already) has nothing left to remove, nor to cause.
      double r = pains.get(id).frequency() <= 0 ? 0 : fixed.contains(id) ? 1 : 1 - kept.getOrDefault(id, 1.0);
      if (r > 0) {
        reduction.put(id, r);
      }
      for (PainPoint.Cause c : pains.get(id).causes()) {
        if (!pains.containsKey(c.pain())) {
          continue;
        }
        kept.merge(c.pain(), 1 - c.share() * r, (a, b) -> a * b);
        if (indegree.merge(c.pain(), -1, Integer::sum) == 0) {
          ready.add(c.pain());
        }
      }
    }
    return reduction;
  }

  /** The pains whose fix can move customers: those with drives, and those causing them, transitively. */
  static Set<String> effectual(Journey journey) {
    Map<String, PainPoint> pains = new LinkedHashMap<>();
    journey.painPoints().forEach(p -> pains.putIfAbsent(p.id(), p));
    Map<String, List<String>> causedBy = new HashMap<>();
    for (PainPoint p : pains.values()) {
      for (PainPoint.Cause c : p.causes()) {
        if (c.share() > 0) {
          causedBy.computeIfAbsent(c.pain(), k -> new ArrayList<>()).add(p.id());
        }
      }
    }
    Set<String> found = new HashSet<>();
    List<String> queue = new ArrayList<>();
    for (PainPoint p : pains.values()) {
      if (p.frequency() > 0 && p.drives().stream().anyMatch(d -> d.share() > 0)) {
        found.add(p.id());
        queue.add(p.id());
      }
    }
    for (int i = 0; i < queue.size(); i++) {
      for (String cause : causedBy.getOrDefault(queue.get(i), List.of())) {
        if (found.add(cause)) {
          queue.add(cause);
        }
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    pains.keySet().stream().filter(found::contains).forEach(ordered::add);
    return ordered;
  }

  private static List<Transition> reshare(Journey journey, Map<String, Map<String, Double>> removed) {
    if (removed.isEmpty()) {
      return journey.transitions();
    }
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    Map<String, Stage> stages = journey.stagesById();
    List<Transition> transitions = new ArrayList<>();
    Set<String> written = new HashSet<>();
    for (Transition t : journey.transitions()) {
      Map<String, Double> less = removed.get(t.from());
      Stage from = stages.get(t.from());
      if (less == null || from == null || from.isOutcome()) {
        transitions.add(t);
      } else if (written.add(t.from())) {
        transitions.addAll(reshared(leaving.get(t.from()), less));
      }
    }
    return transitions;
  }

  private static List<Transition> reshared(List<Transition> out, Map<String, Double> less) {
    double[] shares = Transition.effectiveShares(out);
    Map<String, Double> toTarget = new HashMap<>();
    for (int i = 0; i < shares.length; i++) {
      toTarget.merge(out.get(i).to(), shares[i], Double::sum);
    }
    double[] after = shares.clone();
    double moved = 0;
    double receiving = 0;
    for (int i = 0; i < shares.length; i++) {
      Double cut = less.get(out.get(i).to());
      if (cut == null || cut <= 0) {
        receiving += shares[i];
        continue;
      }
      double total = toTarget.get(out.get(i).to());
      double loss = total <= 0 ? 0 : Math.min(shares[i], cut * shares[i] / total);
      after[i] = shares[i] - loss;
      moved += loss;
    }
    if (receiving <= 0 || moved <= 0) {
      return out;
    }
    List<Transition> result = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      Double cut = less.get(out.get(i).to());
      double share = cut == null || cut <= 0 ? shares[i] + moved * shares[i] / receiving : after[i];
      Transition t = out.get(i);
      result.add(new Transition(t.from(), t.to(), OptionalDouble.of(share), t.label()));
    }
    return result;
  }
}
