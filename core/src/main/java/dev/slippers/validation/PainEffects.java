package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.diagnostic.SourceRef;
import dev.slippers.io.Quantities;
import dev.slippers.io.SourceMap;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What pain points say they do to the flow ({@code drives:} and {@code causes:}), checked so that the
 * fix model in the analysis stays a consistent Markov chain:
 *
 * <ul>
 *   <li>{@code drives.not-successor}: a pain drives customers along a transition of its own stage,
 *       so {@code to} must be a stage that stage has a transition to;</li>
 *   <li>{@code drives.over-share}: of a stage's customers, the pains driving one transition explain
 *       at most all who take it: the sum of frequency x share over them is at most its share;</li>
 *   <li>{@code causes.unknown}: a cause names a pain point of the journey;</li>
 *   <li>{@code causes.cycle}: no pain causes itself, directly or through others.</li>
 * </ul>
 *
 * O(pains + transitions + causes).
 */
final class PainEffects implements Rule {

  /** Rounding slack, as for shares. */
  private static final double SLACK = 1e-6;

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    Map<String, List<Transition>> leaving = index.outgoingByStage();
    Map<String, PainPoint> pains = new LinkedHashMap<>();
    journey.painPoints().forEach(p -> pains.putIfAbsent(p.id(), p));
    for (Stage stage : journey.stages()) {
      List<Transition> out = leaving.getOrDefault(stage.id(), List.of());
      double[] shares = Transition.effectiveShares(out);
      Map<String, Double> shareTo = new LinkedHashMap<>();
      for (int i = 0; i < shares.length; i++) {
        shareTo.merge(out.get(i).to(), shares[i], Double::sum);
      }
      Map<String, Double> driven = new LinkedHashMap<>();
      Map<String, SourceRef> lastDrive = new HashMap<>();
      Map<String, List<String>> drivers = new LinkedHashMap<>();
      for (PainPoint pain : stage.painPoints()) {
        for (PainPoint.Drive drive : pain.drives()) {
          SourceRef where = sources.of(drive, "to");
          if (!shareTo.containsKey(drive.to())) {
            report.accept(Diagnostic.error("drives.not-successor", where,
                "pain point '" + pain.id() + "' drives customers to '" + drive.to() + "', but stage '" + stage.id()
                    + "' has no transition there",
                shareTo.isEmpty() ? "a pain drives customers along a transition of its own stage; '" + stage.id()
                    + "' has none" : Suggestions.hint(drive.to(), shareTo.keySet(), "successors of '" + stage.id() + "'")));
            continue;
          }
          driven.merge(drive.to(), pain.frequency() * drive.share(), Double::sum);
          lastDrive.put(drive.to(), sources.of(drive, "share"));
          drivers.computeIfAbsent(drive.to(), k -> new ArrayList<>()).add(pain.id());
        }
      }
      driven.forEach((to, total) -> {
        double share = shareTo.get(to);
        if (total > share + SLACK) {
          report.accept(Diagnostic.error("drives.over-share", lastDrive.get(to),
              "the pain points driving '" + stage.id() + " -> " + to + "' (" + String.join(", ", drivers.get(to))
                  + ") explain " + Quantities.formatShare(total) + " of the stage's customers, but only "
                  + Quantities.formatShare(share) + " take that transition",
              "frequency x share, summed over these pain points, may be at most the transition's share; lower a share"));
        }
      });
    }
    Map<String, List<String>> causes = new LinkedHashMap<>();
    for (PainPoint pain : journey.painPoints()) {
      for (PainPoint.Cause cause : pain.causes()) {
        if (!pains.containsKey(cause.pain())) {
          report.accept(Diagnostic.error("causes.unknown", sources.of(cause, "pain"),
              "pain point '" + pain.id() + "' causes an unknown pain point '" + cause.pain() + "'",
              Suggestions.hint(cause.pain(), pains.keySet(), "pain points")));
        } else {
          causes.computeIfAbsent(pain.id(), k -> new ArrayList<>()).add(cause.pain());
        }
      }
    }
    reportCycles(journey, pains, causes, sources, report);
  }

  /** Depth-first search over the causes graph; each cycle is reported once, at the cause that closes it. */
  private static void reportCycles(Journey journey, Map<String, PainPoint> pains, Map<String, List<String>> causes,
      SourceMap sources, Consumer<Diagnostic> report) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : pains.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      // Iterative DFS: a stack of (pain, next child index), with the path kept for the message.
      List<String> path = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      Set<String> onPath = new LinkedHashSet<>();
      path.add(start);
      next.add(0);
      onPath.add(start);
      state.put(start, 1);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        String at = path.get(top);
        List<String> children = causes.getOrDefault(at, List.of());
        if (next.get(top) >= children.size()) {
          state.put(at, 2);
          onPath.remove(at);
          path.remove(top);
          next.remove(top);
          continue;
        }
        int i = next.get(top);
        next.set(top, i + 1);
        String child = children.get(i);
        if (onPath.contains(child)) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
          cycle.add(child);
          PainPoint from = pains.get(at);
          PainPoint.Cause cause = from.causes().stream().filter(c -> c.pain().equals(child)).findFirst().orElseThrow();
          report.accept(Diagnostic.error("causes.cycle", sources.of(cause, "pain"),
              "pain points cause each other in a circle: " + String.join(" -> ", cycle),
              "a pain cannot be its own cause; remove one of these 'causes'"));
        } else if (!state.containsKey(child)) {
          state.put(child, 1);
          path.add(child);
          next.add(0);
          onPath.add(child);
        }
      }
    }
  }
}
