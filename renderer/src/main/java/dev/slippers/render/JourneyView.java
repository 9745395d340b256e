package dev.slippers.render;

import dev.slippers.analysis.FlowOrder;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.analysis.StageFriction;
import dev.slippers.model.Journey;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A journey with its analysis, seen the way every picture needs it: stages in flow order, friction
 * on one fixed heat scale, the effective share of each transition, the emotion curves to
 * draw. Pure data; no drawing.
 */
public final class JourneyView {

  private final Journey journey;
  private final JourneyAnalysis analysis;
  private final List<Stage> flowOrder;
  private final Map<String, List<Transition>> leaving;
  private final FlowOrder order;
  private final Map<String, StageFriction> friction;

  public JourneyView(Journey journey, JourneyAnalysis analysis) {
    this.journey = journey;
    this.analysis = analysis;
    this.leaving = journey.outgoingByStage();
    this.order = FlowOrder.of(journey);
    this.flowOrder = flowOrder(journey, order);
    this.friction = new HashMap<>();
    analysis.stages().forEach(s -> friction.put(s.stageId(), s));
  }

  public Journey journey() {
    return journey;
  }

  public JourneyAnalysis analysis() {
    return analysis;
  }

  public Labels labels() {
    return Labels.of(journey.language());
  }

  /**
   * Stages in flow order ({@link FlowOrder}): a topological order of the stage graph with the
   * edges that go round loops left out, ties in file order; stages no customer can reach after the
   * others; outcome stages last, success first.
   */
  public List<Stage> flowOrder() {
    return flowOrder;
  }

  /** The stage's column when every forward transition goes at least one column right ({@link FlowOrder#layer}). */
  public int layer(String stageId) {
    return order.layer(stageId);
  }

  /** Whether a transition points backwards in the flow order: round a loop, or from a stage nobody reaches. */
  public boolean isBackward(Transition t) {
    return order.isBackward(t);
  }

  public double friction(String stageId) {
    StageFriction f = friction.get(stageId);
    return f == null ? 0 : f.friction();
  }

  public double reach(String stageId) {
    StageFriction f = friction.get(stageId);
    return f == null ? 0 : f.reachProbability();
  }

  /** The line every picture shows under a stage's name: "friction 1.2 · reach 45%", in the journey's language. */
  public String frictionAndReach(String stageId) {
    Labels labels = labels();
    return labels.get("friction") + " " + Formats.friction(friction(stageId), journey.language()) + " \u00b7 " + labels.get("reach") + " "
        + Formats.percent(reach(stageId), journey.language());
  }

  /**
   * Friction at which a stage is drawn in the hottest colour: one fixed scale for every journey, so
   * that two maps of the same journey (as-is and to-be) compare by colour. 12 is about the friction
   * of a stage where most customers meet a severe pain and feel very negative; the bundled journeys'
   * stages range from 0 to about 19, the worst clamped.
   */
  public static final double HEAT_SCALE_MAX = 12;

  /** Friction on the fixed heat scale: friction / {@value #HEAT_SCALE_MAX}, clamped to 0..1. */
  public static double heatOf(double friction) {
    return Double.isNaN(friction) ? 0 : Math.max(0, Math.min(1, friction / HEAT_SCALE_MAX));
  }

  /** The stage's friction on the fixed heat scale, 0..1 ({@link #heatOf}). */
  public double heat(String stageId) {
    return heatOf(friction(stageId));
  }

  /** Stages by friction, highest first, ties in flow order; only stages with some friction. */
  public List<StageFriction> frictionRanking() {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < flowOrder.size(); i++) {
      position.put(flowOrder.get(i).id(), i);
    }
    return analysis.stages().stream()
        .filter(s -> s.friction() > 0)
        .sorted(Comparator.comparingDouble(StageFriction::friction).reversed()
            .thenComparing(s -> position.getOrDefault(s.stageId(), Integer.MAX_VALUE)))
        .toList();
  }

  /**
   * The share of customers leaving {@code t.from()} who take {@code t}, as {@link
   * Transition#effectiveShares} defines it over the stage's transitions; 0 for a transition that is
   * not the journey's.
   */
  public double share(Transition t) {
    List<Transition> siblings = leaving.getOrDefault(t.from(), List.of());
    int at = siblings.indexOf(t);
    return at < 0 ? 0 : Transition.effectiveShares(siblings)[at];
  }

  public Optional<JourneyPath> mostLikelyPath() {
    return analysis.paths().mostLikely();
  }

  /**
   * The path the emotion curve follows: the most likely path that reaches an outcome stage (a
   * drop-off "path" only when no ranked path reaches one), so the curve is what one customer lives
   * through, never a line joining parallel branches. Empty when the analysis found no path.
   */
  public Optional<JourneyPath> curvePath() {
    return analysis.paths().mostLikely();
  }

  public Optional<JourneyPath> highestFrictionPath() {
    return analysis.paths().friction().stream().findFirst();
  }

  /**
   * Who the emotion curves are drawn for: the personas named in per-persona emotions (in the
   * journey's persona order, then any others in order of appearance), or one curve for everyone
   * (empty id) when emotions are not given per persona.
   */
  public List<CurveOwner> curveOwners() {
    Set<String> named = new LinkedHashSet<>();
    for (Touchpoint tp : journey.touchpoints()) {
      tp.emotion().ifPresent(e -> named.addAll(e.perPersona().keySet()));
    }
    if (named.isEmpty()) {
      return List.of(new CurveOwner("", labels().get("everyone")));
    }
    Map<String, Persona> personas = journey.personasById();
    List<CurveOwner> owners = new ArrayList<>();
    for (Persona persona : journey.personas()) {
      if (named.remove(persona.id())) {
        owners.add(new CurveOwner(persona.id(), persona.displayName()));
      }
    }
    for (String id : named) {
      owners.add(new CurveOwner(id, personas.containsKey(id) ? personas.get(id).displayName() : id));
    }
    return owners;
  }

  /**
   * Whether a transition goes round one of the analysis' loops (a repeat contact, a retry): both
   * its ends are consecutive stages of a cycle.
   */
  public boolean inLoop(Transition t) {
    for (dev.slippers.analysis.Loop loop : analysis.loops()) {
      List<String> cycle = loop.stages();
      for (int i = 0; i < cycle.size(); i++) {
        if (cycle.get(i).equals(t.from()) && cycle.get((i + 1) % cycle.size()).equals(t.to())) {
          return true;
        }
      }
    }
    return t.from().equals(t.to());
  }

  /** Whether any touchpoint fills a service-blueprint lane. */
  public boolean hasBlueprint() {
    return journey.touchpoints().stream().anyMatch(Touchpoint::hasBlueprint);
  }

  /** Whose emotion curve: a persona id, or empty for everyone. */
  public record CurveOwner(String personaId, String name) {

    public Optional<String> persona() {
      return personaId.isEmpty() ? Optional.empty() : Optional.of(personaId);
    }
  }

  private static List<Stage> flowOrder(Journey journey, FlowOrder order) {
    Map<String, Stage> byId = journey.stagesById();
    List<Stage> stages = new ArrayList<>(order.stages().size());
    for (String id : order.stages()) {
      stages.add(byId.get(id));
    }
    return List.copyOf(stages);
  }
}
