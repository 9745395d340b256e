package dev.slippers.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage of the journey: a node of the stage graph.
 *
 * @param id            unique among the journey's stages
 * @param name          free text
 * @param description   free text, may be empty
 * @param outcome       the outcome when this stage ends the journey ({@code success}, {@code failure}
 *                      or a named one); empty for a stage customers move on from
 * @param touchpoints   in the order the customer meets them
 * @param painPoints    in file order
 * @param opportunities in file order
 * @param metrics       by key, in file order
 */
public record Stage(
    String id,
    String name,
    String description,
    Optional<String> outcome,
    List<Touchpoint> touchpoints,
    List<PainPoint> painPoints,
    List<Opportunity> opportunities,
    Map<String, Metric> metrics) {

  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";

  public Stage {
    touchpoints = List.copyOf(touchpoints);
    painPoints = List.copyOf(painPoints);
    opportunities = List.copyOf(opportunities);
    metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
  }

  public boolean isOutcome() {
    return outcome.isPresent();
  }

  /** What maps and reports call the stage: its name, or its id where the name is blank. */
  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
