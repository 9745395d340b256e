package dev.slippers.render.walk;

import dev.slippers.analysis.Contribution;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.StageFriction;
import dev.slippers.io.Quantities;
import dev.slippers.model.Channel;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.render.report.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link Walk} along a chosen path, as one persona feels it. */
public final class Walks {

  private Walks() {}

  /**
   * The walk along {@code path} for {@code personaId} (the journey's default persona when empty).
   *
   * @throws IllegalArgumentException when the persona is not one of the journey's
   */
  public static Walk of(Journey journey, JourneyAnalysis analysis, WalkPaths.Choice path, Optional<String> personaId) {
    Optional<String> personaChosen = personaId.isPresent() ? personaId : journey.persona();
    Map<String, Persona> personas = journey.personasById();
    if (personaChosen.isPresent() && !personas.containsKey(personaChosen.get())) {
      throw new IllegalArgumentException("the journey has no persona '" + personaChosen.get() + "' (its personas: "
          + String.join(", ", personas.keySet()) + ")");
    }
    Optional<Persona> persona = personaChosen.map(personas::get);
    Map<String, Stage> stages = journey.stagesById();
    Map<String, Channel> channels = journey.channelsById();
    Map<String, Integer> visits = new HashMap<>();
    List<Walk.Step> steps = new ArrayList<>();
    for (String stageId : path.stages()) {
      Stage stage = stages.get(stageId);
      if (stage == null) {
        throw new IllegalArgumentException("the path names the stage '" + stageId + "', which the journey does not have");
      }
      int visit = visits.merge(stageId, 1, Integer::sum);
      Optional<StageFriction> friction = analysis.stage(stageId);
      steps.add(new Walk.Step(steps.size() + 1, stageId, visit, stage.name(), stage.description(),
          stage.outcome().orElse(""),
          friction.map(f -> Numbers.score(f.friction())).orElse("0.00"),
          friction.map(f -> Numbers.percent(f.reachProbability())).orElse("n/a"),
          stage.touchpoints().stream().map(t -> touchpoint(t, channels, personaChosen)).toList(),
          stage.painPoints().stream().map(Walks::pain).toList(),
          stage.metrics().values().stream().map(Walks::metric).toList(),
          friction.map(Walks::why).orElse(List.of())));
    }
    return new Walk(journey.id(), journey.title(), persona.map(Persona::name).orElse(""),
        persona.map(Persona::type).orElse(""), path.label(), steps);
  }

  private static Walk.TouchpointView touchpoint(Touchpoint t, Map<String, Channel> channels, Optional<String> persona) {
    Integer emotion = t.emotion().map(e -> e.forPersona(persona)).orElse(null);
    String channel = t.channel().map(id -> channels.containsKey(id) && !channels.get(id).name().isEmpty()
        ? channels.get(id).name() : id).orElse("");
    return new Walk.TouchpointView(t.id(), channel, t.actor(), t.action(),
        t.duration().map(Quantities::formatDuration).orElse(""), emotion, emotionLabel(emotion), t.thought(),
        t.evidence());
  }

  static String emotionLabel(Integer emotion) {
    if (emotion == null) {
      return "";
    }
    return switch (emotion) {
      case -2 -> "very negative";
      case -1 -> "negative";
      case 0 -> "neutral";
      case 1 -> "positive";
      default -> "very positive";
    };
  }

  private static Walk.PainView pain(PainPoint p) {
    return new Walk.PainView(p.id(), p.description(), p.severity(), Quantities.formatShare(p.frequency()),
        p.touchpoint().orElse(""), p.evidence());
  }

  private static Walk.MetricView metric(Metric m) {
    String target = m.target().isPresent() ? Quantities.formatMetric(m.unit(), m.target().getAsDouble(), m.label()) : "";
    return new Walk.MetricView(m.displayName(), Quantities.formatMetric(m.unit(), m.value(), m.label()), target,
        m.breached(), m.source());
  }

  private static List<String> why(StageFriction friction) {
    return friction.contributions().stream()
        .filter(c -> c.amount() > 0)
        .map(c -> kind(c.kind()) + ": " + c.detail() + " (" + Numbers.score(c.amount()) + ")")
        .toList();
  }

  private static String kind(Contribution.Kind kind) {
    return switch (kind) {
      case PAIN -> "pain";
      case EMOTION -> "emotion";
      case EFFORT -> "effort";
      case BREACH -> "missed target";
      case CHANNEL_SWITCH -> "channel switch";
    };
  }
}
