package dev.slippers.validation;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.SourceMap;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code stage.unreachable}: every stage can be reached from the entry. {@code stage.no-outcome}:
 * from every stage some outcome can be reached; otherwise customers there are stuck for ever or lost.
 * {@code stage.no-exit}: customers can leave every stage, following transitions whose share is above
 * 0%; a loop whose ways out all have share 0% would keep them for ever. All three are breadth-first
 * searches over the stage graph, O(stages + transitions).
 *
 * <p>The searches run over stage numbers and arrays rather than a JGraphT graph: building a
 * {@code DirectedPseudograph} of stage ids (a set of edges per stage, an object per edge) and walking
 * it with {@code BreadthFirstIterator} was a quarter of loading and validating a 10,000-stage journey,
 * for three plain reachability questions.
 *
 * <p>Stages cut off only by a misspelt stage id in a transition are not reported here: the unknown
 * reference names them ({@link MisspeltStages}), so the cause comes first and once.
 */
final class Reachability implements Rule {

  @Override
  public void check(Journey journey, JourneyIndex index, SourceMap sources, Consumer<Diagnostic> report) {
    Map<String, Stage> stages = index.stagesById();
    if (stages.isEmpty() || !stages.containsKey(journey.entry())) {
      return;
    }
    // Stage numbers in the order of stagesById (the first stage of a repeated id).
    Map<String, Integer> number = new HashMap<>(stages.size() * 2);
    Stage[] byNumber = stages.values().toArray(new Stage[0]);
    for (int i = 0; i < byNumber.length; i++) {
      number.put(byNumber[i].id(), i);
    }
    Edges written = new Edges(journey.transitions().size());
    for (Transition transition : journey.transitions()) {
      Integer from = number.get(transition.from());
      Integer to = number.get(transition.to());
      if (from != null && to != null) {
        written.add(from, to);
      }
    }
    int n = byNumber.length;
    BitSet entry = new BitSet(n);
    entry.set(number.get(journey.entry()));
    BitSet reached = written.reach(n, entry, false);
    BitSet outcomes = new BitSet(n);
    for (int i = 0; i < n; i++) {
      if (byNumber[i].isOutcome()) {
        outcomes.set(i);
      }
    }
    if (outcomes.isEmpty()) {
      report.accept(Diagnostic.error("stage.no-outcome", sources.at("/stages"),
          "no stage of the journey has an outcome, so no customer can finish it",
          "mark the final stages with 'outcome: success' or 'outcome: failure'"));
    }
    BitSet leadToOutcome = written.reach(n, outcomes, true);
    BitSet canLeave = canLeave(byNumber, number, index.outgoingByStage());
    MisspeltStages misspelt = index.misspelt();
    for (Stage stage : journey.stages()) {
      if (stages.get(stage.id()) != stage) {
        continue;
      }
      if (misspelt.foldsUnreachable(stage.id()) || misspelt.foldsNoOutcome(stage.id())) {
        continue; // reported with the misspelt reference that causes it (MisspeltStages)
      }
      int i = number.get(stage.id());
      if (!reached.get(i)) {
        report.accept(Diagnostic.error("stage.unreachable", sources.of(stage, "id"),
            "stage '" + stage.id() + "' cannot be reached from the entry stage '" + journey.entry() + "'",
            "add a transition to it, or remove it"));
      } else if (!outcomes.isEmpty() && !leadToOutcome.get(i)) {
        report.accept(Diagnostic.error("stage.no-outcome", sources.of(stage, "id"),
            "no outcome can be reached from stage '" + stage.id() + "'",
            "add a transition towards an outcome stage, or give this stage an outcome"));
      } else if (!outcomes.isEmpty() && !canLeave.get(i)) {
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
  private static BitSet canLeave(Stage[] byNumber, Map<String, Integer> number, Map<String, List<Transition>> leaving) {
    int n = byNumber.length;
    Edges taken = new Edges(n);
    BitSet ends = new BitSet(n);
    for (int from = 0; from < n; from++) {
      Stage stage = byNumber[from];
      List<Transition> out = leaving.getOrDefault(stage.id(), List.of());
      double[] shares = Transition.effectiveShares(out);
      double passed = 0;
      for (int i = 0; i < shares.length; i++) {
        Integer to = shares[i] > 0 ? number.get(out.get(i).to()) : null;
        if (to != null) {
          taken.add(from, to);
          passed += shares[i];
        }
      }
      if (stage.isOutcome() || passed < 1 - 1e-12) {
        ends.set(from);
      }
    }
    return taken.reach(n, ends, true);
  }

  /** Directed edges between stage numbers, searched breadth first forwards or backwards. */
  private static final class Edges {
    private int[] from;
    private int[] to;
    private int size;

    Edges(int capacity) {
      from = new int[Math.max(capacity, 4)];
      to = new int[from.length];
    }

    void add(int tail, int head) {
      if (size == from.length) {
        from = java.util.Arrays.copyOf(from, size * 2);
        to = java.util.Arrays.copyOf(to, size * 2);
      }
      from[size] = tail;
      to[size] = head;
      size++;
    }

    /** The stages reached from {@code seeds} (included), against the edges when {@code backwards}. */
    BitSet reach(int stages, BitSet seeds, boolean backwards) {
      int[] tails = backwards ? to : from;
      int[] heads = backwards ? from : to;
      // Compressed adjacency: the heads of stage s are next[first[s] .. first[s + 1]).
      int[] first = new int[stages + 1];
      for (int e = 0; e < size; e++) {
        first[tails[e] + 1]++;
      }
      for (int s = 0; s < stages; s++) {
        first[s + 1] += first[s];
      }
      int[] next = new int[size];
      int[] fill = java.util.Arrays.copyOf(first, stages);
      for (int e = 0; e < size; e++) {
        next[fill[tails[e]]++] = heads[e];
      }
      BitSet reached = (BitSet) seeds.clone();
      int[] queue = new int[stages];
      int tail = 0;
      for (int s = seeds.nextSetBit(0); s >= 0; s = seeds.nextSetBit(s + 1)) {
        queue[tail++] = s;
      }
      for (int head = 0; head < tail; head++) {
        int s = queue[head];
        for (int k = first[s]; k < first[s + 1]; k++) {
          if (!reached.get(next[k])) {
            reached.set(next[k]);
            queue[tail++] = next[k];
          }
        }
      }
      return reached;
    }
  }
}
