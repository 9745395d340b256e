package dev.slippers.render.report;

import dev.slippers.diff.Change;
import dev.slippers.diff.JourneyDiff;
import dev.slippers.diff.MetricMove;
import dev.slippers.diff.OutcomeDelta;
import dev.slippers.diff.StageDelta;
import dev.slippers.model.Language;
import dev.slippers.render.Formats;
import dev.slippers.wording.Numerals;
import dev.slippers.wording.OutcomeNames;
import dev.slippers.wording.ShownShares;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A journey diff formatted for people: stage names instead of ids where known, numbers in their
 * units, signs on every change, in the language of the newer journey. Text and Markdown templates read it.
 *
 * @param summary    old and new journey in one line
 * @param friction   total friction before -> after (change)
 * @param success    success probability before -> after (change in percentage points), as the outcomes show it
 * @param value      value per period before -> after (change), rounded for people; empty unless both
 *                   versions have economics
 * @param experience experience cost per entering customer before -> after (change), both with the
 *                   larger churn penalty, as the gate compares them
 * @param regressed  whether {@code --fail-on-regression} would fail
 * @param changes    one line per structural change, with a symbol: + added, - removed, ~ changed
 * @param stages     friction per stage, for stages whose weighted friction moved
 * @param outcomes   every outcome's probability before and after, each version's shares rounded together as
 *                   its report shows them ({@link ShownShares#outcomes}), so that each column adds up to 100%;
 *                   the change is the shown after less the shown before
 * @param metrics    metrics that crossed their targets
 * @param oldTitle   the old journey's title
 * @param newTitle   the new journey's title
 * @param figures    the figures above one by one, value (when given), success, experience, friction
 * @param language   the language code of the words, the newer journey's
 */
public record DiffView(String oldId, String newId, String friction, String success, String value,
    String experience, boolean regressed,
    List<Line> changes, List<Line> stages, List<Line> outcomes, List<Line> metrics,
    String oldTitle, String newTitle, List<Figure> figures, String language) {

  public DiffView {
    changes = List.copyOf(changes);
    stages = List.copyOf(stages);
    outcomes = List.copyOf(outcomes);
    metrics = List.copyOf(metrics);
    figures = List.copyOf(figures);
  }

  /** One line of a section: a symbol ({@code +}, {@code -}, {@code ~}, {@code ↑}, {@code ↓} or empty) and text. */
  public record Line(String symbol, String text) {}

  /**
   * One figure the gate reads, for the HTML page's table: its name, before, after and the change,
   * formatted; a note (the period, the churn penalty) or empty; whether the gate counts it as worse
   * ({@code worse}), better ({@code better}) or neither, and whether the gate judges it at all
   * (friction only explains).
   */
  public record Figure(String key, String name, String before, String after, String change, String note,
      boolean worse, boolean better, boolean gated) {

    /** "before -> after (change) note", as the text and Markdown write it. */
    String line() {
      return before + " -> " + after + " (" + change + ")" + (note.isEmpty() ? "" : " " + note);
    }
  }

  /** The view of a diff between these journeys. */
  public static DiffView of(JourneyDiff diff, Journey before, Journey after) {
    Language language = after.language();
    Numerals n = Numerals.of(language);
    Map<String, Stage> oldStages = before.stagesById();
    Map<String, Stage> newStages = after.stagesById();
    List<Line> changes = diff.changes().stream().map(c -> change(c, oldStages, newStages, language)).toList();
    List<Line> stages = diff.stages().stream()
        .filter(s -> Math.abs(s.change()) > JourneyDiff.TOLERANCE)
        .map(s -> stage(s, oldStages, newStages, language))
        .toList();
    Map<String, Integer> shownBefore = shown(diff.outcomes(), OutcomeDelta::before);
    Map<String, Integer> shownAfter = shown(diff.outcomes(), OutcomeDelta::after);
    List<Line> outcomes = diff.outcomes().stream()
        .map(o -> outcome(o.outcome(), shownBefore.get(o.outcome()), shownAfter.get(o.outcome()), language)).toList();
    List<Line> metrics = diff.metricMoves().stream().map(m -> metric(m, newStages, language)).toList();
    java.util.Optional<Figure> value = value(diff, after, language);
    // Success as the outcomes show it; whether it fell is the gate's, from the exact figures.
    double successBefore = shownBefore.containsKey(Stage.SUCCESS) ? ShownShares.share(shownBefore.get(Stage.SUCCESS))
        : diff.successBefore();
    double successAfter = shownAfter.containsKey(Stage.SUCCESS) ? ShownShares.share(shownAfter.get(Stage.SUCCESS))
        : diff.successAfter();
    Figure success = new Figure("success", PageText.get(language, "diffSuccess"), n.percent(successBefore),
        n.percent(successAfter), n.points(successAfter - successBefore), "", diff.successFell(),
        diff.successAfter() - diff.successBefore() > JourneyDiff.TOLERANCE, true);
    Figure experience = new Figure("experience", PageText.get(language, "diffExperience"),
        n.score(diff.experienceBefore()), n.score(diff.experienceAfter()),
        n.signedScore(diff.experienceAfter() - diff.experienceBefore()),
        PageText.get(language, "diffPenalty", "m", n.score(diff.churnPenalty())), diff.experienceWorsened(),
        diff.experienceBefore() - diff.experienceAfter() > JourneyDiff.TOLERANCE * Math.max(1, Math.abs(diff.experienceBefore())),
        true);
    Figure friction = new Figure("friction", PageText.get(language, "diffFriction"), n.score(diff.frictionBefore()),
        n.score(diff.frictionAfter()), n.signedScore(diff.frictionAfter() - diff.frictionBefore()), "",
        false, false, false);
    List<Figure> figures = new java.util.ArrayList<>();
    value.ifPresent(figures::add);
    figures.addAll(List.of(success, experience, friction));
    return new DiffView(diff.oldId(), diff.newId(), friction.line(), success.line(),
        value.map(Figure::line).orElse(""), experience.line(), diff.regressed(), changes, stages, outcomes, metrics,
        before.title(), after.title(), figures, language.code());
  }

  private static java.util.Optional<Figure> value(JourneyDiff diff, Journey after, Language language) {
    if (diff.valueBefore().isEmpty() || diff.valueAfter().isEmpty()) {
      return java.util.Optional.empty();
    }
    String currency = after.economics().map(e -> e.currency()).orElse("");
    String period = PageText.period(language, after.economics().map(e -> e.period()).orElse("month"));
    double a = diff.valueBefore().getAsDouble();
    double b = diff.valueAfter().getAsDouble();
    boolean rose = b - a > JourneyDiff.TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    return java.util.Optional.of(new Figure("value", PageText.get(language, "diffValue"),
        dev.slippers.analysis.MoneyText.of(a, currency, language), dev.slippers.analysis.MoneyText.of(b, currency, language),
        dev.slippers.analysis.MoneyText.signed(b - a, currency, language),
        PageText.get(language, "diffPer", "period", period), diff.valueFell(), rose, true));
  }

  private static Line change(Change change, Map<String, Stage> oldStages, Map<String, Stage> newStages,
      Language language) {
    String symbol = switch (change.kind()) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    };
    String element = PageText.get(language, "element." + change.element().name().toLowerCase(Locale.ROOT));
    StringBuilder text = new StringBuilder(PageText.get(language, "change." + change.kind().name().toLowerCase(Locale.ROOT)))
        .append(' ').append(element).append(' ').append(change.id());
    if (change.element() == Change.Element.STAGE && change.kind() != Change.Kind.CHANGED) {
      Stage stage = newStages.getOrDefault(change.id(), oldStages.get(change.id()));
      if (stage != null && !stage.name().isEmpty()) {
        text.append(" (").append(stage.name()).append(')');
      }
    } else if (!change.stageId().isEmpty()) {
      text.append(' ').append(PageText.get(language, "diffAt")).append(' ').append(change.stageId());
    }
    if (!change.details().isEmpty()) {
      text.append(": ").append(String.join(", ", change.details()));
    }
    return new Line(symbol, text.toString());
  }

  private static Line stage(StageDelta delta, Map<String, Stage> oldStages, Map<String, Stage> newStages,
      Language language) {
    Numerals n = Numerals.of(language);
    Stage stage = newStages.getOrDefault(delta.stageId(), oldStages.get(delta.stageId()));
    String name = stage == null ? delta.stageId() : stage.displayName();
    String text = name + ": " + (delta.before().isPresent() ? n.score(delta.weightedBefore())
        : PageText.get(language, "diffNew")) + " -> "
        + (delta.after().isPresent() ? n.score(delta.weightedAfter()) : PageText.get(language, "diffRemoved")) + " ("
        + n.signedScore(delta.change()) + ")";
    return new Line(delta.change() > 0 ? "↑" : "↓", text);
  }

  /**
   * One version's outcome shares as its report shows them, in tenths of a percent: rounded together
   * ({@link ShownShares#outcomes}), so that the diff and the report of that version agree.
   */
  private static Map<String, Integer> shown(List<OutcomeDelta> outcomes,
      java.util.function.ToDoubleFunction<OutcomeDelta> version) {
    Map<String, Double> shares = new java.util.HashMap<>();
    outcomes.forEach(o -> shares.put(o.outcome(), version.applyAsDouble(o)));
    return ShownShares.outcomes(shares);
  }

  /** "failure: 31.5% -> 3.4% (-28.1 pp)": the shown shares, and the change between them as shown. */
  private static Line outcome(String outcome, int before, int after, Language language) {
    Numerals n = Numerals.of(language);
    return new Line("", OutcomeNames.of(outcome, language) + ": " + n.percent(ShownShares.share(before)) + " -> "
        + n.percent(ShownShares.share(after)) + " (" + n.points(ShownShares.share(after - before)) + ")");
  }

  private static Line metric(MetricMove move, Map<String, Stage> newStages, Language language) {
    Metric metric = newStages.get(move.stageId()).metrics().get(move.metricKey());
    String before = Formats.metric(metric, move.before(), language);
    String after = Formats.metric(metric, move.after(), language);
    String target = Formats.metric(metric, move.target(), language);
    return new Line(move.nowMet() ? "✓" : "✗", metric.displayName(language) + " " + PageText.get(language, "diffAt") + " "
        + move.stageId() + ": " + before + " -> " + after + ", "
        + PageText.get(language, move.nowMet() ? "diffNowMeets" : "diffNowMisses") + " " + target);
  }
}
