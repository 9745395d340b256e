package dev.slippers.render.walk;

import java.util.List;

/**
 * A walk's content, ready for the template.
 *
 * @param journeyId  the journey's id
 * @param title      the journey's title
 * @param persona    the persona's name, empty when the journey has none
 * @param personaType the persona's customer type, may be empty
 * @param pathLabel  which path this is and how many customers take it, in words
 * @param steps      one per stage on the path, in walking order
 * @param language   the language of the words around the journey's text
 */
public record Walk(String journeyId, String title, String persona, String personaType, String pathLabel,
    List<Step> steps, dev.slippers.model.Language language) {

  public Walk {
    steps = List.copyOf(steps);
  }

  /**
   * One stage of the walk.
   *
   * @param number       1-based position on the path
   * @param stageId      the stage
   * @param visit        which visit of this stage on the path (1, or more where the path loops back)
   * @param friction     the stage's friction, formatted
   * @param reach        share of customers who reach it, formatted
   * @param why          the friction's contributions, largest first
   */
  public record Step(int number, String stageId, int visit, String name, String description, String outcome,
      String friction, String reach, List<TouchpointView> touchpoints, List<PainView> pains,
      List<MetricView> metrics, List<String> why) {

    public Step {
      touchpoints = List.copyOf(touchpoints);
      pains = List.copyOf(pains);
      metrics = List.copyOf(metrics);
      why = List.copyOf(why);
    }

    /** A DOM id unique on the page even where the path visits a stage twice. */
    public String domId() {
      return "step-" + number;
    }
  }

  /**
   * A touchpoint as the persona meets it.
   *
   * @param emotion      -2..2 for the walk's persona, or null when not given
   * @param emotionLabel the emotion in words ("very negative"), empty when not given
   */
  public record TouchpointView(String id, String channel, String actor, String action, String duration,
      Integer emotion, String emotionLabel, String thought, List<String> evidence) {

    public TouchpointView {
      evidence = List.copyOf(evidence);
    }
  }

  /** A pain point met at the step. */
  public record PainView(String id, String description, int severity, String frequency, String touchpoint,
      List<String> evidence) {

    public PainView {
      evidence = List.copyOf(evidence);
    }
  }

  /** A metric measured at the step, formatted in its unit. */
  public record MetricView(String name, String value, String target, boolean breached, String source) {}
}
