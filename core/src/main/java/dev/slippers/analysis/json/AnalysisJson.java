package dev.slippers.analysis.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slippers.analysis.Bottleneck;
import dev.slippers.analysis.BrightSpot;
import dev.slippers.analysis.ExperienceScore;
import dev.slippers.analysis.JourneyValue;
import dev.slippers.analysis.Breach;
import dev.slippers.analysis.ChannelSwitch;
import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.analysis.Loop;
import dev.slippers.analysis.PainImpact;
import dev.slippers.analysis.PersonaExperience;
import dev.slippers.analysis.StageFriction;
import dev.slippers.analysis.TouchpointFriction;
import dev.slippers.analysis.WhatIf;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The analysis as JSON, a stable contract for other tools (docs/analysis.md lists every field).
 * Keys come in a fixed order, lists in the analysis's documented order, numbers as plain JSON
 * numbers rounded to 12 significant digits (so that solver noise in the last bits never shows), and
 * lines end in {@code "\n"}: the same journey always gives the same bytes.
 */
public final class AnalysisJson {

  /** Version of this JSON layout; it changes only when a field is removed or changes meaning. */
  public static final int LAYOUT_VERSION = 2;

  /** The document's {@code format} field, the name every Slippers JSON document carries, with the layout version. */
  public static final String FORMAT = "slippers-analysis/" + LAYOUT_VERSION;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final MathContext DIGITS = new MathContext(12);

  private AnalysisJson() {}

  public static String write(JourneyAnalysis analysis) {
    return write(analysis, Optional.empty());
  }

  /** The analysis, with a {@code whatIf} section when fixes were asked for. */
  public static String write(JourneyAnalysis analysis, Optional<WhatIf> whatIf) {
    return write(tree(analysis, whatIf));
  }

  /** The analysis tree with a {@code whatIf} section when fixes were asked for. */
  public static ObjectNode tree(JourneyAnalysis analysis, Optional<WhatIf> whatIf) {
    ObjectNode root = tree(analysis);
    whatIf.ifPresent(w -> root.set("whatIf", whatIf(w)));
    return root;
  }

  /** An analysis tree (perhaps with fields added by the caller) as the text {@link #write(JourneyAnalysis)} gives. */
  public static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** The analysis as a Jackson tree, for callers that embed it in a larger document. */
  public static ObjectNode tree(JourneyAnalysis a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("layout", LAYOUT_VERSION);
    root.put("journey", a.journeyId());
    outcomes(root.putObject("outcomes"), a.outcomes());
    a.value().ifPresent(v -> value(root.putObject("value"), v));
    experience(root.putObject("experience"), a.experience());
    root.put("expectedDurationSeconds", number(a.expectedDurationSeconds()));
    root.put("totalFriction", number(a.totalFriction()));
    root.put("approximate", a.approximate());
    a.approximation().ifPresent(x -> {
      ObjectNode approximation = root.putObject("approximation");
      approximation.put("bound", dev.slippers.analysis.Approximation.BOUND);
      approximation.put("reason", x.reason(dev.slippers.model.Language.EN));
      approximation.put("loops", x.loops());
      approximation.put("stages", x.stages());
      approximation.put("transitionsFollowed", x.transitionsFollowed());
      approximation.put("budgetPerLoop", dev.slippers.analysis.Approximation.budget());
    });
    stages(root.putArray("stages"), a.stages());
    touchpoints(root.putArray("touchpoints"), a.touchpoints());
    ObjectNode paths = root.putObject("paths");
    paths(paths.putArray("likely"), a.paths().likely());
    paths(paths.putArray("friction"), a.paths().friction());
    loops(root.putArray("loops"), a.loops());
    strings(root.putArray("unreachable"), a.unreachable());
    strings(root.putArray("deadEnds"), a.deadEnds());
    bottlenecks(root.putArray("bottlenecks"), a.bottlenecks());
    channelSwitches(root.putArray("channelSwitches"), a.channelSwitches());
    breaches(root.putArray("breaches"), a.breaches());
    personas(root.putArray("personas"), a.personas());
    painPoints(root.putArray("painPoints"), a.painPoints());
    ObjectNode attribution = root.putObject("attribution");
    attribution.put("method", a.attribution().method());
    attribution.put("pains", a.attribution().pains());
    attribution.put("permutations", a.attribution().permutations());
    attribution.put("standardError", number(a.attribution().standardError()));
    brightSpots(root.putArray("brightSpots"), a.brightSpots());
    return root;
  }

  private static void value(ObjectNode node, JourneyValue v) {
    node.put("currency", v.currency());
    node.put("period", v.period());
    node.put("customers", number(v.customers()));
    node.put("expectedPerPeriod", number(v.expectedPerPeriod()));
    node.put("bestPerPeriod", number(v.bestPerPeriod()));
  }

  private static void experience(ObjectNode node, ExperienceScore e) {
    node.put("perCustomer", number(e.perCustomer()));
    node.put("finishedFriction", number(e.finishedFriction()));
    node.put("brightCredit", number(e.brightCredit()));
    node.put("churnShare", number(e.churnShare()));
    node.put("churnPenalty", number(e.churnPenalty()));
    node.put("declaredChurnPenalty", number(e.declaredPenalty()));
  }

  private static void brightSpots(ArrayNode spots, List<BrightSpot> items) {
    for (BrightSpot b : items) {
      ObjectNode spot = spots.addObject();
      spot.put("touchpoint", b.touchpointId());
      spot.put("stage", b.stageId());
      spot.put("emotion", b.emotion());
      spot.put("credit", number(b.credit()));
      spot.put("reachProbability", number(b.reachProbability()));
    }
  }

  private static void optional(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(key, number(value.getAsDouble()));
    }
  }

  private static void stages(ArrayNode stages, List<StageFriction> items) {
    for (StageFriction s : items) {
      ObjectNode stage = stages.addObject();
      stage.put("id", s.stageId());
      stage.put("friction", number(s.friction()));
      stage.put("reachProbability", number(s.reachProbability()));
      stage.put("expectedVisits", number(s.expectedVisits()));
      contributions(stage.putArray("contributions"), s.contributions());
    }
  }

  private static void touchpoints(ArrayNode touchpoints, List<TouchpointFriction> items) {
    for (TouchpointFriction t : items) {
      ObjectNode touchpoint = touchpoints.addObject();
      touchpoint.put("id", t.touchpointId());
      touchpoint.put("stage", t.stageId());
      touchpoint.put("friction", number(t.friction()));
      contributions(touchpoint.putArray("contributions"), t.contributions());
    }
  }

  private static void loops(ArrayNode loops, List<Loop> items) {
    for (Loop l : items) {
      ObjectNode loop = loops.addObject();
      strings(loop.putArray("stages"), l.stages());
      loop.put("returnProbability", number(l.returnProbability()));
      loop.put("expectedRounds", number(l.expectedRounds()));
    }
  }

  private static void bottlenecks(ArrayNode bottlenecks, List<Bottleneck> items) {
    for (Bottleneck b : items) {
      ObjectNode bottleneck = bottlenecks.addObject();
      bottleneck.put("stage", b.stageId());
      bottleneck.put("onEverySuccessPath", b.onEverySuccessPath());
      bottleneck.put("betweenness", number(b.betweenness()));
    }
  }

  private static void channelSwitches(ArrayNode switches, List<ChannelSwitch> items) {
    for (ChannelSwitch c : items) {
      ObjectNode change = switches.addObject();
      change.put("fromTouchpoint", c.fromTouchpoint());
      change.put("toTouchpoint", c.toTouchpoint());
      change.put("fromChannel", c.fromChannel());
      change.put("toChannel", c.toChannel());
      change.put("probability", number(c.probability()));
    }
  }

  private static void breaches(ArrayNode breaches, List<Breach> items) {
    for (Breach b : items) {
      ObjectNode breach = breaches.addObject();
      breach.put("stage", b.stageId());
      breach.put("metric", b.metricKey());
      breach.put("value", number(b.value()));
      breach.put("target", number(b.target()));
      breach.put("gap", number(b.gap()));
      breach.put("relativeGap", number(b.relativeGap()));
      breach.put("better", b.better().name().toLowerCase(Locale.ROOT));
    }
  }

  private static void personas(ArrayNode personas, List<PersonaExperience> items) {
    for (PersonaExperience p : items) {
      ObjectNode persona = personas.addObject();
      persona.put("id", p.personaId());
      persona.put("score", number(p.score()));
      persona.put("positiveShare", number(p.positiveShare()));
      persona.put("lowest", p.lowest());
      persona.put("lowestTouchpoint", p.lowestTouchpoint());
      ArrayNode curve = persona.putArray("curve");
      for (PersonaExperience.EmotionPoint point : p.curve()) {
        ObjectNode at = curve.addObject();
        at.put("stage", point.stageId());
        at.put("touchpoint", point.touchpointId());
        at.put("emotion", point.emotion());
      }
    }
  }

  private static void painPoints(ArrayNode pains, List<PainImpact> items) {
    for (PainImpact p : items) {
      ObjectNode pain = pains.addObject();
      pain.put("id", p.painPointId());
      pain.put("stage", p.stageId());
      pain.put("affectedShare", number(p.affectedShare()));
      pain.put("impact", number(p.impact()));
      pain.put("effectDeclared", p.effectDeclared());
      pain.put("successIfFixed", number(p.successIfFixed()));
      pain.put("successAttributed", number(p.successAttributed()));
      optional(pain, "valueIfFixed", p.valueIfFixed());
      optional(pain, "valueAttributed", p.valueAttributed());
    }
  }

  private static ObjectNode whatIf(WhatIf w) {
    ObjectNode node = MAPPER.createObjectNode();
    strings(node.putArray("fixes"), w.fixes());
    outcomes(node.putObject("outcomesBefore"), w.before().outcomes());
    outcomes(node.putObject("outcomesAfter"), w.after().outcomes());
    optional(node, "valueBefore", w.valueBefore());
    optional(node, "valueAfter", w.valueAfter());
    node.put("experienceBefore", number(w.before().experience().perCustomer()));
    node.put("experienceAfter", number(w.after().experience().perCustomer()));
    node.put("totalFrictionBefore", number(w.before().totalFriction()));
    node.put("totalFrictionAfter", number(w.after().totalFriction()));
    ArrayNode stages = node.putArray("stages");
    for (WhatIf.StageChange c : w.stages()) {
      ObjectNode stage = stages.addObject();
      stage.put("id", c.stageId());
      stage.put("frictionBefore", number(c.frictionBefore()));
      stage.put("frictionAfter", number(c.frictionAfter()));
      stage.put("expectedVisitsBefore", number(c.visitsBefore()));
      stage.put("expectedVisitsAfter", number(c.visitsAfter()));
    }
    ArrayNode fixed = node.putArray("fixed");
    for (WhatIf.FixEffect f : w.fixed()) {
      ObjectNode fix = fixed.addObject();
      fix.put("painPoint", f.painPointId());
      fix.put("stage", f.stageId());
      fix.put("frictionRemoved", number(f.frictionRemoved()));
      fix.put("successBefore", number(f.successBefore()));
      fix.put("successAfter", number(f.successAfter()));
      outcomes(fix.putObject("outcomesAfter"), f.outcomesAfter());
      optional(fix, "valueAfter", f.valueAfter());
      fix.put("experienceAfter", number(f.experienceAfter()));
    }
    return node;
  }

  private static void outcomes(ObjectNode node, Map<String, Double> outcomes) {
    outcomes.forEach((name, p) -> node.put(name, number(p)));
  }

  private static void contributions(ArrayNode array, List<Contribution> contributions) {
    for (Contribution c : contributions) {
      ObjectNode node = array.addObject();
      node.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      node.put("source", c.sourceId());
      node.put("amount", number(c.amount()));
      node.put("detail", c.detail());
    }
  }

  private static void paths(ArrayNode array, List<JourneyPath> paths) {
    for (JourneyPath p : paths) {
      ObjectNode node = array.addObject();
      strings(node.putArray("stages"), p.stages());
      node.put("outcome", p.outcome());
      node.put("probability", number(p.probability()));
      node.put("friction", number(p.friction()));
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /**
   * A finite number rounded to 12 significant digits, without a trailing ".0" noise on whole
   * numbers and never negative zero. Not-a-number and infinities (which the analysis never
   * produces for a valid journey) become 0 so that the output stays valid JSON.
   */
  public static BigDecimal number(double value) {
    if (!Double.isFinite(value) || value == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /**
   * {@code {samples, seed, success: {low, high}, valuePerPeriod, painPoints: [{id, successIfFixed,
   * valueIfFixed, probabilityTop}], measuredStages, assumedStages}}, pain points in the analysis'
   * ranking order.
   */
  public static ObjectNode uncertainty(dev.slippers.analysis.uncertainty.Uncertainty u, JourneyAnalysis analysis) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("samples", u.samples());
    node.put("seed", u.seed());
    node.set("success", interval(u.success()));
    u.valuePerPeriod().ifPresent(v -> node.set("valuePerPeriod", interval(v)));
    ArrayNode pains = node.putArray("painPoints");
    for (var impact : analysis.painPoints()) {
      u.pain(impact.painPointId()).ifPresent(p -> {
        ObjectNode pain = pains.addObject();
        pain.put("id", p.painPointId());
        pain.set("successIfFixed", interval(p.successIfFixed()));
        p.valueIfFixed().ifPresent(v -> pain.set("valueIfFixed", interval(v)));
        pain.put("probabilityTop", number(p.probabilityTop()));
      });
    }
    ArrayNode measured = node.putArray("measuredStages");
    u.measuredStages().forEach(measured::add);
    ArrayNode assumed = node.putArray("assumedStages");
    u.assumedStages().forEach(assumed::add);
    return node;
  }

  private static ObjectNode interval(dev.slippers.analysis.uncertainty.Interval interval) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("low", number(interval.low()));
    node.put("high", number(interval.high()));
    return node;
  }
}
