package dev.slippers.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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
 * @param events        names or glob patterns of event-log activities that belong to this stage
 *                      ({@code docs/evidence.md}); empty: an activity equal to the stage id maps here
 * @param departures    observed departures from the stage in total (visits followed by another
 *                      stage's visit or by the end of the case); departures minus the counts of the
 *                      transitions leaving it left the journey (lost); empty when not measured
 * @param source        where the stage's observed figures come from, e.g. {@code events
 *                      2026-09-01..2026-10-31, n = 23950}; empty when not given
 */
public record Stage(
    String id,
    String name,
    String description,
    Optional<String> outcome,
    List<Touchpoint> touchpoints,
    List<PainPoint> painPoints,
    List<Opportunity> opportunities,
    Map<String, Metric> metrics,
    List<String> events,
    OptionalLong departures,
    String source) {

  public static final String SUCCESS = "success";
  public static final String FAILURE = "failure";

  public Stage {
    touchpoints = List.copyOf(touchpoints);
    painPoints = List.copyOf(painPoints);
    opportunities = List.copyOf(opportunities);
    metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    events = List.copyOf(events);
  }

  /** A stage without observed figures: no events listed, no departures counted. */
  public Stage(String id, String name, String description, Optional<String> outcome, List<Touchpoint> touchpoints,
      List<PainPoint> painPoints, List<Opportunity> opportunities, Map<String, Metric> metrics) {
    this(id, name, description, outcome, touchpoints, painPoints, opportunities, metrics, List.of(),
        OptionalLong.empty(), "");
  }

  public boolean isOutcome() {
    return outcome.isPresent();
  }

  /** What maps and reports call the stage: its name, or its id where the name is blank. */
  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
