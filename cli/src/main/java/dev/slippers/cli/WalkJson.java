package dev.slippers.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.StageFriction;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.render.walk.Walk;
import dev.slippers.render.walk.WalkPaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code slippers walk --format json}: the steps of the chosen path as one document, for tools that
 * drive their own review (a checklist in a tracker, a slide deck). Figures come as numbers (shares
 * from 0 to 1, durations in seconds) beside the words the HTML walk shows.
 */
final class WalkJson {

  /** The {@code format} field; raise it when a key changes meaning or goes away. */
  static final String FORMAT = "slippers-walk/1";

  private WalkJson() {}

  static String of(Journey journey, JourneyAnalysis analysis, String pathName, WalkPaths.Choice path, Walk walk,
      Optional<String> persona, List<LoadResult> results) {
    ObjectNode root = ProblemsJson.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("valid", true);
    root.put("journey", journey.id());
    root.put("title", journey.title());
    root.put("language", journey.language().code());
    ObjectNode personaNode = root.putObject("persona");
    personaNode.put("id", persona.or(journey::persona).orElse(null));
    personaNode.put("name", walk.persona());
    personaNode.put("type", walk.personaType());
    ObjectNode pathNode = root.putObject("path");
    pathNode.put("name", pathName);
    pathNode.put("label", walk.pathLabel());
    ArrayNode stages = pathNode.putArray("stages");
    path.stages().forEach(stages::add);
    Map<String, Stage> byId = journey.stagesById();
    ArrayNode steps = root.putArray("steps");
    for (Walk.Step step : walk.steps()) {
      steps.add(step(step, byId.get(step.stageId()), analysis.stage(step.stageId())));
    }
    root.set("problems", ProblemsJson.of(results));
    return ProblemsJson.write(root);
  }

  private static ObjectNode step(Walk.Step step, Stage stage, Optional<StageFriction> friction) {
    ObjectNode node = ProblemsJson.MAPPER.createObjectNode();
    node.put("number", step.number());
    node.put("stage", step.stageId());
    node.put("visit", step.visit());
    node.put("name", step.name());
    node.put("description", step.description());
    node.put("outcome", stage.outcome().orElse(null));
    node.put("friction", friction.map(StageFriction::friction).orElse(0.0));
    node.put("reach", friction.map(StageFriction::reachProbability).orElse(0.0));
    ArrayNode why = node.putArray("why");
    step.why().forEach(why::add);
    ArrayNode touchpoints = node.putArray("touchpoints");
    for (int i = 0; i < step.touchpoints().size(); i++) {
      Walk.TouchpointView view = step.touchpoints().get(i);
      Touchpoint touchpoint = stage.touchpoints().get(i);
      ObjectNode t = touchpoints.addObject();
      t.put("id", view.id());
      t.put("channel", touchpoint.channel().orElse(null));
      t.put("channelName", view.channel());
      t.put("actor", view.actor());
      t.put("action", view.action());
      if (touchpoint.duration().isPresent()) {
        t.put("durationSeconds", touchpoint.duration().get().toSeconds());
      } else {
        t.putNull("durationSeconds");
      }
      t.put("duration", view.duration());
      t.put("emotion", view.emotion());
      t.put("emotionLabel", view.emotionLabel());
      t.put("thought", view.thought());
      ArrayNode evidence = t.putArray("evidence");
      view.evidence().forEach(evidence::add);
    }
    ArrayNode pains = node.putArray("painPoints");
    for (PainPoint pain : stage.painPoints()) {
      ObjectNode p = pains.addObject();
      p.put("id", pain.id());
      p.put("description", pain.description());
      p.put("severity", pain.severity());
      p.put("frequency", pain.frequency());
      p.put("touchpoint", pain.touchpoint().orElse(null));
      ArrayNode evidence = p.putArray("evidence");
      pain.evidence().forEach(evidence::add);
    }
    ArrayNode metrics = node.putArray("metrics");
    for (Walk.MetricView view : step.metrics()) {
      ObjectNode m = metrics.addObject();
      m.put("name", view.name());
      m.put("value", view.value());
      m.put("target", view.target());
      m.put("breached", view.breached());
      m.put("source", view.source());
    }
    return node;
  }
}
