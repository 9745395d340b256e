package dev.slippers.render.walk;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyPath;
import dev.slippers.model.Journey;
import dev.slippers.model.Transition;
import dev.slippers.render.report.Numbers;
import dev.slippers.render.report.PageText;
import java.util.List;
import java.util.Locale;

/** Chooses the path a walk takes. */
public final class WalkPaths {

  /** The default: the path most customers take. */
  public static final String MOST_LIKELY = "most-likely";
  /** The path with the most friction: where a review finds the most to fix. */
  public static final String HIGHEST_FRICTION = "highest-friction";

  private WalkPaths() {}

  /** A chosen path and how to describe it. */
  public record Choice(List<String> stages, String label) {

    public Choice {
      stages = List.copyOf(stages);
    }
  }

  /**
   * The path named by {@code spec}: {@value #MOST_LIKELY}, {@value #HIGHEST_FRICTION}, or stage ids
   * separated by commas, which must be joined by transitions in that order.
   *
   * @throws IllegalArgumentException with a message for the user when the path does not exist
   */
  public static Choice choose(Journey journey, JourneyAnalysis analysis, String spec) {
    String name = spec.strip().toLowerCase(Locale.ROOT);
    if (name.equals(MOST_LIKELY)) {
      JourneyPath path = analysis.paths().mostLikely()
          .orElseThrow(() -> new IllegalArgumentException("the journey has no path from its entry to an outcome"));
      return new Choice(path.stages(), PageText.get(journey.language(), "pathLikely", "p",
          Numbers.percent(path.probability(), journey.language())));
    }
    if (name.equals(HIGHEST_FRICTION)) {
      JourneyPath path = analysis.paths().friction().stream().findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the journey has no path from its entry to an outcome"));
      return new Choice(path.stages(), PageText.get(journey.language(), "pathFriction", "f",
          Numbers.score(path.friction(), journey.language()), "p", Numbers.percent(path.probability(), journey.language())));
    }
    List<String> stages = List.of(spec.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("--path needs " + MOST_LIKELY + ", " + HIGHEST_FRICTION
          + " or stage ids separated by commas");
    }
    var byId = journey.stagesById();
    for (int i = 0; i < stages.size(); i++) {
      String id = stages.get(i);
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("the path names the stage '" + id + "', which the journey does not have"
            + " (its stages: " + String.join(", ", byId.keySet()) + ")");
      }
      if (i > 0) {
        String from = stages.get(i - 1);
        boolean joined = journey.outgoing(from).stream().map(Transition::to).anyMatch(id::equals);
        if (!joined) {
          throw new IllegalArgumentException("the path goes from '" + from + "' to '" + id
              + "', but no transition joins them");
        }
      }
    }
    return new Choice(stages, PageText.get(journey.language(), "pathChosen", "stages", String.join(" → ", stages)));
  }
}
