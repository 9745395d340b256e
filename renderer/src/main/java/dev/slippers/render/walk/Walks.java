package dev.slippers.render.walk;

import dev.slippers.render.Formats;
import dev.slippers.render.Labels;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.StageFriction;
import dev.slippers.model.Channel;
import dev.slippers.model.Journey;
import dev.slippers.model.Metric;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Language;
import dev.slippers.render.report.FrictionReports;
import dev.slippers.render.report.Numbers;
import dev.slippers.wording.Numerals;
import dev.slippers.wording.OutcomeNames;
import dev.slippers.render.report.PageText;
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
          stage.outcome().map(o -> OutcomeNames.of(o, journey.language())).orElse(""),
          Numbers.score(friction.map(StageFriction::friction).orElse(0.0), journey.language()),
          friction.map(f -> Numbers.percent(f.reachProbability(), journey.language()))
              .orElse(PageText.get(journey.language(), "none")),
          stage.touchpoints().stream().map(t -> touchpoint(t, channels, personaChosen, journey.language())).toList(),
          stage.painPoints().stream().map(p -> pain(p, journey.language())).toList(),
          stage.metrics().values().stream().map(m -> metric(m, journey.language())).toList(),
          friction.map(f -> FrictionReports.describe(f, journey.language())).orElse(List.of())));
    }
    return new Walk(journey.id(), journey.title(), persona.map(Persona::name).orElse(""),
        persona.map(Persona::type).orElse(""), path.label(), steps, journey.language());
  }

  private static Walk.TouchpointView touchpoint(Touchpoint t, Map<String, Channel> channels, Optional<String> persona,
      Language language) {
    Integer emotion = t.emotion().map(e -> e.forPersona(persona)).orElse(null);
    String channel = t.channel().map(id -> channels.containsKey(id) ? channels.get(id).displayName() : id).orElse("");
    return new Walk.TouchpointView(t.id(), channel, Labels.of(language).actor(t.actor()), t.action(),
        t.duration().map(d -> Formats.duration(d, language)).orElse(""), emotion, emotionLabel(emotion, language), t.thought(),
        t.evidence());
  }

  static String emotionLabel(Integer emotion, Language language) {
    return emotion == null ? "" : PageText.get(language, "emotion" + emotion);
  }

  private static Walk.PainView pain(PainPoint p, Language language) {
    return new Walk.PainView(p.id(), p.description(), p.severity(), Numerals.of(language).percent(p.frequency()),
        p.touchpoint().orElse(""), p.evidence());
  }

  private static Walk.MetricView metric(Metric m, Language language) {
    String target = m.target().isPresent() ? Formats.metric(m, m.target().getAsDouble(), language) : "";
    return new Walk.MetricView(m.displayName(language), Formats.metric(m, m.value(), language), target,
        m.breached(), m.source());
  }
}
