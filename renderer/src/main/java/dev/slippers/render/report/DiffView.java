package dev.slippers.render.report;

import dev.slippers.diff.Change;
import dev.slippers.diff.JourneyDiff;
import dev.slippers.diff.MetricMove;
import dev.slippers.diff.OutcomeDelta;
import dev.slippers.diff.StageDelta;
import dev.slippers.io.Quantities;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A journey diff formatted for people: stage names instead of ids where known, numbers in their
 * units, signs on every change. Text and Markdown templates read it.
 *
 * @param summary    old and new journey in one line
 * @param friction   total friction before -> after (change)
 * @param success    success probability before -> after (change in percentage points)
 * @param regressed  whether {@code --fail-on-regression} would fail
 * @param changes    one line per structural change, with a symbol: + added, - removed, ~ changed
 * @param stages     friction per stage, for stages whose weighted friction moved
 * @param outcomes   every outcome's probability before and after
 * @param metrics    metrics that crossed their targets
 */
public record DiffView(String oldId, String newId, String friction, String success, boolean regressed,
    List<Line> changes, List<Line> stages, List<Line> outcomes, List<Line> metrics) {

  public DiffView {
    changes = List.copyOf(changes);
    stages = List.copyOf(stages);
    outcomes = List.copyOf(outcomes);
    metrics = List.copyOf(metrics);
  }

  /** One line of a section: a symbol ({@code +}, {@code -}, {@code ~}, {@code ↑}, {@code ↓} or empty) and text. */
  public record Line(String symbol, String text) {}

  /** The view of a diff between these journeys. */
  public static DiffView of(JourneyDiff diff, Journey before, Journey after) {
    Map<String, Stage> oldStages = before.stagesById();
    Map<String, Stage> newStages = after.stagesById();
    List<Line> changes = diff.changes().stream().map(c -> change(c, oldStages, newStages)).toList();
    List<Line> stages = diff.stages().stream()
        .filter(s -> Math.abs(s.change()) > JourneyDiff.TOLERANCE)
        .map(s -> stage(s, oldStages, newStages))
        .toList();
    List<Line> outcomes = diff.outcomes().stream().map(DiffView::outcome).toList();
    List<Line> metrics = diff.metricMoves().stream().map(m -> metric(m, newStages)).toList();
    return new DiffView(diff.oldId(), diff.newId(),
        Numbers.score(diff.frictionBefore()) + " -> " + Numbers.score(diff.frictionAfter()) + " ("
            + Numbers.signedScore(diff.frictionAfter() - diff.frictionBefore()) + ")",
        Numbers.percent(diff.successBefore()) + " -> " + Numbers.percent(diff.successAfter()) + " ("
            + Numbers.points(diff.successAfter() - diff.successBefore()) + ")",
        diff.regressed(), changes, stages, outcomes, metrics);
  }

  private static Line change(Change change, Map<String, Stage> oldStages, Map<String, Stage> newStages) {
    String symbol = switch (change.kind()) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    };
    String element = change.element().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    StringBuilder text = new StringBuilder(change.kind().name().toLowerCase(Locale.ROOT))
        .append(' ').append(element).append(' ').append(change.id());
    if (change.element() == Change.Element.STAGE && change.kind() != Change.Kind.CHANGED) {
      Stage stage = newStages.getOrDefault(change.id(), oldStages.get(change.id()));
      if (stage != null && !stage.name().isEmpty()) {
        text.append(" (").append(stage.name()).append(')');
      }
    } else if (!change.stageId().isEmpty()) {
      text.append(" at ").append(change.stageId());
    }
    if (!change.details().isEmpty()) {
      text.append(": ").append(String.join(", ", change.details()));
    }
    return new Line(symbol, text.toString());
  }

  private static Line stage(StageDelta delta, Map<String, Stage> oldStages, Map<String, Stage> newStages) {
    Stage stage = newStages.getOrDefault(delta.stageId(), oldStages.get(delta.stageId()));
    String name = stage == null ? delta.stageId() : stage.displayName();
    String text = name + ": " + (delta.before().isPresent() ? Numbers.score(delta.weightedBefore()) : "new") + " -> "
        + (delta.after().isPresent() ? Numbers.score(delta.weightedAfter()) : "removed") + " ("
        + Numbers.signedScore(delta.change()) + ")";
    return new Line(delta.change() > 0 ? "↑" : "↓", text);
  }

  private static Line outcome(OutcomeDelta delta) {
    return new Line("", delta.outcome() + ": " + Numbers.percent(delta.before()) + " -> " + Numbers.percent(delta.after())
        + " (" + Numbers.points(delta.change()) + ")");
  }

  private static Line metric(MetricMove move, Map<String, Stage> newStages) {
    Metric metric = newStages.get(move.stageId()).metrics().get(move.metricKey());
    String before = Quantities.formatMetric(metric.unit(), move.before(), metric.label());
    String after = Quantities.formatMetric(metric.unit(), move.after(), metric.label());
    String target = Quantities.formatMetric(metric.unit(), move.target(), metric.label());
    return new Line(move.nowMet() ? "✓" : "✗", metric.displayName() + " at " + move.stageId() + ": " + before + " -> "
        + after + (move.nowMet() ? ", now meets the target " : ", now misses the target ") + target);
  }
}
