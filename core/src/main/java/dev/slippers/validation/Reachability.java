package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * {@code stage.unreachable}: every stage can be reached from the entry. {@code stage.no-outcome}:
 * from every stage some outcome can be reached; otherwise customers there are stuck for ever or lost.
 * {@code stage.no-exit}: customers can leave every stage, following transitions whose share is above
 * 0%; a loop whose ways out all have share 0% would keep them for ever. All three are breadth-first
 * searches over the stage graph, O(stages + transitions).
 *
 * <p>Stages cut off only by a misspelt stage id in a transition are not reported here: the unknown
 * reference names them ({@link MisspeltStages}), so the cause comes first and once.
 */
final class Reachability implements Rule {

  @Override
  public void check(Journey journey, SourceMap sources, Consumer<Diagnostic> report) {
    Map<String, Stage> stages = journey.stagesById();
    if (stages.isEmpty() || !stages.containsKey(journey.entry())) {
      return;
    }
    Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
    stages.keySet().forEach(graph::addVertex);
    for (Transition transition : journey.transitions()) {
      if (stages.containsKey(transition.from()) && stages.containsKey(transition.to())) {
        graph.addEdge(transition.from(), transition.to());
      }
    }
    Set<String> reached = reach(graph, Set.of(journey.entry()));
    Set<String> outcomes = new HashSet<>();
    stages.values().stream().filter(Stage::isOutcome).forEach(s -> outcomes.add(s.id()));
    if (outcomes.isEmpty()) {
      report.accept(Diagnostic.error("stage.no-outcome", sources.at("/stages"),
          "no stage of the journey has an outcome, so no customer can finish it",
          "mark the final stages with 'outcome: success' or 'outcome: failure'"));
    }
    Set<String> leadToOutcome = reach(new EdgeReversedGraph<>(graph), outcomes);
    Set<String> canLeave = canLeave(journey, stages);
    MisspeltStages misspelt = MisspeltStages.of(journey);
    for (Stage stage : journey.stages()) {
      if (stages.get(stage.id()) != stage) {
        continue;
      }
      if (misspelt.foldsUnreachable(stage.id()) || misspelt.foldsNoOutcome(stage.id())) {
        continue; // reported with the misspelt reference that causes it (MisspeltStages)
      }
      if (!reached.contains(stage.id())) {
        report.accept(Diagnostic.error("stage.unreachable", sources.of(stage, "id"),
            "stage '" + stage.id() + "' cannot be reached from the entry stage '" + journey.entry() + "'",
            "add a transition to it, or remove it"));
      } else if (!outcomes.isEmpty() && !leadToOutcome.contains(stage.id())) {
        report.accept(Diagnostic.error("stage.no-outcome", sources.of(stage, "id"),
            "no outcome can be reached from stage '" + stage.id() + "'",
            "add a transition towards an outcome stage, or give this stage an outcome"));
      } else if (!outcomes.isEmpty() && !canLeave.contains(stage.id())) {
        report.accept(Diagnostic.error("stage.no-exit", sources.of(stage, "id"),
            "customers who reach stage '" + stage.id() + "' never leave: every way out of its loop has share 0%",
            "give a transition out of the loop a share above 0%, or lower the shares that lead back"));
      }
    }
  }

  /**
   * The stages from which customers can end somewhere, following only transitions with a share
   * above 0 (as the analysis computes shares): to an outcome, or to a stage that loses some of them.
   */
  private static Set<String> canLeave(Journey journey, Map<String, Stage> stages) {
    Graph<String, DefaultEdge> taken = new DirectedPseudograph<>(DefaultEdge.class);
    stages.keySet().forEach(taken::addVertex);
    Set<String> ends = new HashSet<>();
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    for (Stage stage : stages.values()) {
      List<Transition> out = leaving.getOrDefault(stage.id(), List.of());
      double[] shares = Transition.effectiveShares(out);
      double passed = 0;
      for (int i = 0; i < shares.length; i++) {
        if (shares[i] > 0 && stages.containsKey(out.get(i).to())) {
          taken.addEdge(stage.id(), out.get(i).to());
          passed += shares[i];
        }
      }
      if (stage.isOutcome() || passed < 1 - 1e-12) {
        ends.add(stage.id());
      }
    }
    return reach(new EdgeReversedGraph<>(taken), ends);
  }

  private static Set<String> reach(Graph<String, DefaultEdge> graph, Set<String> from) {
    Set<String> reached = new HashSet<>();
    if (from.isEmpty()) {
      return reached;
    }
    new BreadthFirstIterator<>(graph, from).forEachRemaining(reached::add);
    return reached;
  }
}
