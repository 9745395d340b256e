package dev.slippers.validation;

import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The root cause of a cascade: a transition naming a stage that does not exist but looks like one
 * that does ({@code checkin} for {@code check-in}), and the stages that are unreachable, or lead to no
 * outcome, only because of it.
 *
 * <p>Without this, one typo in a line of twelve stages gives eleven "cannot be reached" errors before
 * the one that says what to fix. {@link UnknownReferences} names the consequences in the hint of the
 * unknown reference, and {@link Reachability} leaves those stages out.
 *
 * <p>Method: breadth-first searches over the stage graph as written, and as it would be with every
 * misspelt reference replaced by its closest stage id ({@link Suggestions#closest}); a stage folded
 * is one the repaired graph reaches (or leads to an outcome from) and the written graph does not. Each
 * is attributed to the first misspelt reference, in file order, that alone repairs it, or to the first
 * one when only several together do. O(references x (stages + transitions)).
 */
final class MisspeltStages {

  /** One misspelt stage reference: the transition, its field ({@code from} or {@code to}), and the stage meant. */
  record Reference(Transition transition, String field, String written, String meant) {}

  /** What one misspelt reference cuts off, as stage ids in file order. */
  record Consequence(List<String> unreachable, List<String> noOutcome) {
    boolean isEmpty() {
      return unreachable.isEmpty() && noOutcome.isEmpty();
    }
  }

  private final List<Reference> references;
  private final Map<Reference, Consequence> consequences;
  private final Set<String> foldedUnreachable;
  private final Set<String> foldedNoOutcome;

  private MisspeltStages(List<Reference> references, Map<Reference, Consequence> consequences,
      Set<String> foldedUnreachable, Set<String> foldedNoOutcome) {
    this.references = references;
    this.consequences = consequences;
    this.foldedUnreachable = foldedUnreachable;
    this.foldedNoOutcome = foldedNoOutcome;
  }

  /** The misspelt references of the journey; {@code stages} is its {@link Journey#stagesById()}. */
  static MisspeltStages of(Journey journey, Map<String, Stage> stages) {
    List<Reference> references = new ArrayList<>();
    for (Transition transition : journey.transitions()) {
      misspelt(transition, "from", transition.from(), stages).ifPresent(references::add);
      misspelt(transition, "to", transition.to(), stages).ifPresent(references::add);
    }
    if (references.isEmpty() || !stages.containsKey(journey.entry())) {
      return new MisspeltStages(references, Map.of(), Set.of(), Set.of());
    }
    Set<String> outcomes = new HashSet<>();
    stages.values().stream().filter(Stage::isOutcome).forEach(s -> outcomes.add(s.id()));
    Map<String, List<String>> written = edges(journey, stages, List.of());
    Map<String, List<String>> repaired = edges(journey, stages, references);
    Set<String> reached = reach(written, Set.of(journey.entry()));
    Set<String> reachedRepaired = reach(repaired, Set.of(journey.entry()));
    Set<String> leads = reach(reversed(written), outcomes);
    Set<String> leadsRepaired = reach(reversed(repaired), outcomes);

    List<String> unreachable = new ArrayList<>();
    List<String> noOutcome = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      if (!reached.contains(stage.id()) && reachedRepaired.contains(stage.id()) && !unreachable.contains(stage.id())) {
        unreachable.add(stage.id());
      } else if (reached.contains(stage.id()) && !outcomes.isEmpty() && !leads.contains(stage.id())
          && leadsRepaired.contains(stage.id()) && !noOutcome.contains(stage.id())) {
        noOutcome.add(stage.id());
      }
    }
    Map<Reference, List<String>> unreachableBy = new LinkedHashMap<>();
    Map<Reference, List<String>> noOutcomeBy = new LinkedHashMap<>();
    references.forEach(r -> {
      unreachableBy.put(r, new ArrayList<>());
      noOutcomeBy.put(r, new ArrayList<>());
    });
    Map<Reference, Set<String>> reachedAlone = new HashMap<>();
    Map<Reference, Set<String>> leadsAlone = new HashMap<>();
    for (Reference reference : references) {
      Map<String, List<String>> alone = edges(journey, stages, List.of(reference));
      reachedAlone.put(reference, reach(alone, Set.of(journey.entry())));
      leadsAlone.put(reference, reach(reversed(alone), outcomes));
    }
    for (String id : unreachable) {
      unreachableBy.get(references.stream().filter(r -> reachedAlone.get(r).contains(id)).findFirst()
          .orElse(references.get(0))).add(id);
    }
    for (String id : noOutcome) {
      noOutcomeBy.get(references.stream().filter(r -> leadsAlone.get(r).contains(id)).findFirst()
          .orElse(references.get(0))).add(id);
    }
    Map<Reference, Consequence> consequences = new LinkedHashMap<>();
    references.forEach(r -> consequences.put(r, new Consequence(List.copyOf(unreachableBy.get(r)),
        List.copyOf(noOutcomeBy.get(r)))));
    return new MisspeltStages(references, consequences, Set.copyOf(unreachable), Set.copyOf(noOutcome));
  }

  private static Optional<Reference> misspelt(Transition transition, String field, String id, Map<String, Stage> stages) {
    if (id.isEmpty() || stages.containsKey(id)) {
      return Optional.empty();
    }
    return Suggestions.closest(id, stages.keySet()).map(meant -> new Reference(transition, field, id, meant));
  }

  /** What the misspelt reference of this transition field cuts off; empty when it cuts off nothing. */
  Optional<Consequence> consequenceOf(Transition transition, String field) {
    return references.stream().filter(r -> r.transition() == transition && r.field().equals(field)).findFirst()
        .map(consequences::get).filter(c -> !c.isEmpty());
  }

  /** True when the stage is unreachable only because of a misspelt reference, which reports it. */
  boolean foldsUnreachable(String stageId) {
    return foldedUnreachable.contains(stageId);
  }

  /** True when the stage leads to no outcome only because of a misspelt reference, which reports it. */
  boolean foldsNoOutcome(String stageId) {
    return foldedNoOutcome.contains(stageId);
  }

  /** Edges between declared stages, with the given misspelt references replaced by the stages meant. */
  private static Map<String, List<String>> edges(Journey journey, Map<String, Stage> stages, List<Reference> repairs) {
    Map<String, List<String>> edges = new HashMap<>();
    for (Transition transition : journey.transitions()) {
      String from = repaired(transition, "from", transition.from(), repairs);
      String to = repaired(transition, "to", transition.to(), repairs);
      if (stages.containsKey(from) && stages.containsKey(to)) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
      }
    }
    return edges;
  }

  private static String repaired(Transition transition, String field, String id, List<Reference> repairs) {
    for (Reference repair : repairs) {
      if (repair.transition() == transition && repair.field().equals(field)) {
        return repair.meant();
      }
    }
    return id;
  }

  private static Map<String, List<String>> reversed(Map<String, List<String>> edges) {
    Map<String, List<String>> reversed = new HashMap<>();
    edges.forEach((from, tos) -> tos.forEach(to -> reversed.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
    return reversed;
  }

  private static Set<String> reach(Map<String, List<String>> edges, Set<String> from) {
    Set<String> reached = new HashSet<>(from);
    Deque<String> queue = new ArrayDeque<>(from);
    while (!queue.isEmpty()) {
      for (String next : edges.getOrDefault(queue.poll(), List.of())) {
        if (reached.add(next)) {
          queue.add(next);
        }
      }
    }
    return reached;
  }
}
