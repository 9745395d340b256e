package dev.slippers.diff;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.StageFriction;
import dev.slippers.io.Quantities;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Compares two versions of a journey and their analyses. Elements are matched by id (transitions
 * by {@code from->to}, metrics by stage and key), so a renamed stage is a change and a stage with a
 * new id is a removal plus an addition. Linear in the size of both journeys.
 */
public final class JourneyDiffer {

  private JourneyDiffer() {}

  /** The diff from {@code before} to {@code after}; the analyses must be of those journeys. */
  public static JourneyDiff diff(Journey before, JourneyAnalysis beforeAnalysis, Journey after,
      JourneyAnalysis afterAnalysis) {
    List<Change> changes = new ArrayList<>();
    compare(Change.Element.STAGE, before.stages(), after.stages(), Stage::id, s -> "", JourneyDiffer::stageDetails,
        changes);
    compare(Change.Element.TOUCHPOINT, located(before, Stage::touchpoints), located(after, Stage::touchpoints),
        l -> l.item().id(), Located::stageId, JourneyDiffer::touchpointDetails, changes);
    compare(Change.Element.PAIN_POINT, located(before, Stage::painPoints), located(after, Stage::painPoints),
        l -> l.item().id(), Located::stageId, JourneyDiffer::painDetails, changes);
    compare(Change.Element.TRANSITION, before.transitions(), after.transitions(), JourneyDiffer::transitionId,
        t -> "", JourneyDiffer::transitionDetails, changes);
    compare(Change.Element.METRIC, metrics(before), metrics(after), l -> l.stageId() + "/" + l.item().key(),
        Located::stageId, JourneyDiffer::metricDetails, changes);
    return new JourneyDiff(before.id(), after.id(), changes, stageDeltas(before, beforeAnalysis, after, afterAnalysis),
        outcomeDeltas(beforeAnalysis, afterAnalysis), metricMoves(before, after), beforeAnalysis.totalFriction(),
        afterAnalysis.totalFriction(), beforeAnalysis.successProbability(), afterAnalysis.successProbability(),
        value(beforeAnalysis, afterAnalysis), value(afterAnalysis, beforeAnalysis),
        beforeAnalysis.experience().perCustomer(penalty(beforeAnalysis, afterAnalysis)),
        afterAnalysis.experience().perCustomer(penalty(beforeAnalysis, afterAnalysis)),
        penalty(beforeAnalysis, afterAnalysis));
  }

  /** One version's value per period, where both versions have economics (else there is nothing to compare). */
  private static OptionalDouble value(JourneyAnalysis analysis, JourneyAnalysis other) {
    return analysis.value().isPresent() && other.value().isPresent()
        ? OptionalDouble.of(analysis.value().get().expectedPerPeriod()) : OptionalDouble.empty();
  }

  private static double penalty(JourneyAnalysis before, JourneyAnalysis after) {
    return Math.max(before.experience().churnPenalty(), after.experience().churnPenalty());
  }

  /** An element together with the id of the stage that holds it. */
  private record Located<T>(String stageId, T item) {}

  private static <T> List<Located<T>> located(Journey journey, Function<Stage, List<T>> items) {
    List<Located<T>> all = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      items.apply(stage).forEach(item -> all.add(new Located<>(stage.id(), item)));
    }
    return all;
  }

  private static List<Located<Metric>> metrics(Journey journey) {
    return located(journey, s -> List.copyOf(s.metrics().values()));
  }

  private static <T> void compare(Change.Element element, List<T> before, List<T> after, Function<T, String> id,
      Function<T, String> stage, BiConsumer<DetailList, Pair<T>> details, List<Change> changes) {
    Map<String, T> old = index(before, id);
    Map<String, T> now = index(after, id);
    old.forEach((key, item) -> {
      if (!now.containsKey(key)) {
        changes.add(new Change(Change.Kind.REMOVED, element, idOnly(element, key), stage.apply(item), List.of()));
      }
    });
    now.forEach((key, item) -> {
      if (old.containsKey(key)) {
        DetailList lines = new DetailList();
        details.accept(lines, new Pair<>(old.get(key), item));
        if (!lines.lines.isEmpty()) {
          changes.add(new Change(Change.Kind.CHANGED, element, idOnly(element, key), stage.apply(item), lines.lines));
        }
      }
    });
    now.forEach((key, item) -> {
      if (!old.containsKey(key)) {
        changes.add(new Change(Change.Kind.ADDED, element, idOnly(element, key), stage.apply(item), List.of()));
      }
    });
  }

  /** A metric's change is listed under its stage, so its id is the key alone. */
  private static String idOnly(Change.Element element, String key) {
    return element == Change.Element.METRIC ? key.substring(key.indexOf('/') + 1) : key;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(id.apply(item), item));
    return map;
  }

  private record Pair<T>(T before, T after) {}

  /** Lines describing what differs, one per field. */
  private static final class DetailList {
    final List<String> lines = new ArrayList<>();

    void field(String name, Object before, Object after) {
      if (!Objects.equals(before, after)) {
        lines.add(name + " " + show(before) + " -> " + show(after));
      }
    }

    /** A long text changed: say so without printing both versions. */
    void text(String name, String before, String after) {
      if (!Objects.equals(before, after)) {
        lines.add(name + " changed");
      }
    }

    private static String show(Object value) {
      if (value instanceof Optional<?> optional) {
        return optional.map(JourneyDiffer.DetailList::show).orElse("none");
      }
      String text = String.valueOf(value);
      return text.isEmpty() ? "none" : text;
    }
  }

  private static void stageDetails(DetailList lines, Pair<Stage> pair) {
    lines.field("name", pair.before().name(), pair.after().name());
    lines.text("description", pair.before().description(), pair.after().description());
    lines.field("outcome", pair.before().outcome(), pair.after().outcome());
  }

  private static void touchpointDetails(DetailList lines, Pair<Located<Touchpoint>> pair) {
    Touchpoint a = pair.before().item();
    Touchpoint b = pair.after().item();
    lines.field("stage", pair.before().stageId(), pair.after().stageId());
    lines.field("channel", a.channel(), b.channel());
    lines.field("actor", a.actor(), b.actor());
    lines.text("action", a.action(), b.action());
    lines.field("duration", a.duration().map(Quantities::formatDuration), b.duration().map(Quantities::formatDuration));
    lines.field("emotion", a.emotion().map(e -> e.value()), b.emotion().map(e -> e.value()));
    lines.text("thought", a.thought(), b.thought());
  }

  private static void painDetails(DetailList lines, Pair<Located<PainPoint>> pair) {
    PainPoint a = pair.before().item();
    PainPoint b = pair.after().item();
    lines.field("stage", pair.before().stageId(), pair.after().stageId());
    lines.text("description", a.description(), b.description());
    lines.field("severity", a.severity(), b.severity());
    lines.field("frequency", Quantities.formatShare(a.frequency()), Quantities.formatShare(b.frequency()));
    lines.field("touchpoint", a.touchpoint(), b.touchpoint());
    lines.field("drives", a.drives().stream().map(d -> d.to() + " " + Quantities.formatShare(d.share())).toList(),
        b.drives().stream().map(d -> d.to() + " " + Quantities.formatShare(d.share())).toList());
    lines.field("causes", a.causes().stream().map(c -> c.pain() + " " + Quantities.formatShare(c.share())).toList(),
        b.causes().stream().map(c -> c.pain() + " " + Quantities.formatShare(c.share())).toList());
    if (!a.evidence().equals(b.evidence())) {
      lines.lines.add(a.evidence().size() == b.evidence().size() ? "evidence changed"
          : "evidence " + a.evidence().size() + " -> " + b.evidence().size() + " item(s)");
    }
  }

  private static void transitionDetails(DetailList lines, Pair<Transition> pair) {
    lines.field("share", share(pair.before().share()), share(pair.after().share()));
    lines.field("label", pair.before().label(), pair.after().label());
  }

  private static String share(OptionalDouble share) {
    return share.isPresent() ? Quantities.formatShare(share.getAsDouble()) : "the rest";
  }

  private static void metricDetails(DetailList lines, Pair<Located<Metric>> pair) {
    Metric a = pair.before().item();
    Metric b = pair.after().item();
    lines.field("value", Quantities.formatMetric(a.unit(), a.value(), a.label()),
        Quantities.formatMetric(b.unit(), b.value(), b.label()));
    lines.field("target", target(a), target(b));
  }

  private static String target(Metric metric) {
    return metric.target().isPresent()
        ? Quantities.formatMetric(metric.unit(), metric.target().getAsDouble(), metric.label()) : "none";
  }

  private static String transitionId(Transition transition) {
    return transition.from() + "->" + transition.to();
  }

  private static List<StageDelta> stageDeltas(Journey before, JourneyAnalysis beforeAnalysis, Journey after,
      JourneyAnalysis afterAnalysis) {
    List<String> ids = new ArrayList<>();
    before.stages().forEach(s -> ids.add(s.id()));
    after.stages().stream().map(Stage::id).filter(id -> !ids.contains(id)).forEach(ids::add);
    List<StageDelta> deltas = new ArrayList<>();
    for (String id : ids) {
      Optional<StageFriction> old = beforeAnalysis.stage(id);
      Optional<StageFriction> now = afterAnalysis.stage(id);
      deltas.add(new StageDelta(id, friction(old), friction(now), weighted(old), weighted(now)));
    }
    return deltas;
  }

  private static OptionalDouble friction(Optional<StageFriction> stage) {
    return stage.map(s -> OptionalDouble.of(s.friction())).orElse(OptionalDouble.empty());
  }

  private static double weighted(Optional<StageFriction> stage) {
    return stage.map(s -> s.friction() * s.expectedVisits()).orElse(0.0);
  }

  private static List<OutcomeDelta> outcomeDeltas(JourneyAnalysis before, JourneyAnalysis after) {
    TreeSet<String> names = new TreeSet<>(before.outcomes().keySet());
    names.addAll(after.outcomes().keySet());
    return names.stream()
        .map(n -> new OutcomeDelta(n, before.outcomes().getOrDefault(n, 0.0), after.outcomes().getOrDefault(n, 0.0)))
        .toList();
  }

  private static List<MetricMove> metricMoves(Journey before, Journey after) {
    Map<String, Metric> old = new LinkedHashMap<>();
    metrics(before).forEach(l -> old.put(l.stageId() + "/" + l.item().key(), l.item()));
    List<MetricMove> moves = new ArrayList<>();
    for (Located<Metric> located : metrics(after)) {
      Metric now = located.item();
      Metric was = old.get(located.stageId() + "/" + now.key());
      if (was == null || now.target().isEmpty()) {
        continue;
      }
      double target = now.target().getAsDouble();
      boolean metBefore = now.better().meets(was.value(), target);
      boolean metNow = now.better().meets(now.value(), target);
      if (metBefore != metNow) {
        moves.add(new MetricMove(located.stageId(), now.key(), was.value(), now.value(), target, metNow));
      }
    }
    return moves;
  }
}
