package dev.slippers.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A journey diff as JSON. The tree is built field by field rather than by reflecting on the records,
 * so the key order is the documented one and does not depend on Jackson's ordering of record
 * components; numbers are rounded to six decimals so that output does not shift with the last bit
 * of a floating-point sum.
 */
public final class DiffJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  /**
   * What the document's {@code format} field says: its name and layout version. Version 2 renamed
   * the snake_case keys of version 1 ({@code metric_moves}, {@code churn_penalty}, ...) to camelCase,
   * the one casing of every Slippers JSON document.
   */
  public static final String FORMAT = "slippers-diff/2";

  public static String write(JourneyDiff diff) {
    return write(tree(diff));
  }

  /** A diff tree (perhaps with fields added by the caller) as the indented text {@link #write(JourneyDiff)} gives. */
  public static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diff as a Jackson tree, for callers that add to it (the command line adds the files' problems). */
  public static ObjectNode tree(JourneyDiff diff) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("old", diff.oldId());
    root.put("new", diff.newId());
    root.put("regressed", diff.regressed());
    ObjectNode friction = root.putObject("friction");
    friction.put("before", round(diff.frictionBefore()));
    friction.put("after", round(diff.frictionAfter()));
    ObjectNode success = root.putObject("success");
    success.put("before", round(diff.successBefore()));
    success.put("after", round(diff.successAfter()));
    if (diff.valueBefore().isPresent()) {
      ObjectNode value = root.putObject("value");
      value.put("before", round(diff.valueBefore().getAsDouble()));
      value.put("after", round(diff.valueAfter().getAsDouble()));
    }
    ObjectNode experience = root.putObject("experience");
    experience.put("before", round(diff.experienceBefore()));
    experience.put("after", round(diff.experienceAfter()));
    experience.put("churnPenalty", round(diff.churnPenalty()));
    diff.regressions().forEach(root.putArray("regressions")::add);
    ArrayNode changes = root.putArray("changes");
    for (Change change : diff.changes()) {
      ObjectNode node = changes.addObject();
      node.put("kind", lower(change.kind()));
      node.put("element", lower(change.element()));
      node.put("id", change.id());
      if (!change.stageId().isEmpty()) {
        node.put("stage", change.stageId());
      }
      if (!change.details().isEmpty()) {
        change.details().forEach(node.putArray("details")::add);
      }
    }
    ArrayNode stages = root.putArray("stages");
    for (StageDelta stage : diff.stages()) {
      ObjectNode node = stages.addObject();
      node.put("stage", stage.stageId());
      putOptional(node, "before", stage.before());
      putOptional(node, "after", stage.after());
      node.put("weightedBefore", round(stage.weightedBefore()));
      node.put("weightedAfter", round(stage.weightedAfter()));
    }
    ObjectNode outcomes = root.putObject("outcomes");
    for (OutcomeDelta outcome : diff.outcomes()) {
      ObjectNode node = outcomes.putObject(outcome.outcome());
      node.put("before", round(outcome.before()));
      node.put("after", round(outcome.after()));
    }
    ArrayNode moves = root.putArray("metricMoves");
    for (MetricMove move : diff.metricMoves()) {
      ObjectNode node = moves.addObject();
      node.put("stage", move.stageId());
      node.put("metric", move.metricKey());
      node.put("before", round(move.before()));
      node.put("after", round(move.after()));
      node.put("target", round(move.target()));
      node.put("nowMet", move.nowMet());
    }
    return root;
  }

  private static void putOptional(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, round(value.getAsDouble()));
    } else {
      node.putNull(name);
    }
  }

  static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
