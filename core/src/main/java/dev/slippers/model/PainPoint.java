package dev.slippers.model;

import java.util.List;
import java.util.Optional;

/**
 * A place where the journey hurts.
 *
 * @param id          unique among the journey's pain points
 * @param description free text
 * @param severity    1 (minor) to 5 (critical)
 * @param frequency   share of the customers at this stage who meet it, 0 to 1
 * @param touchpoint  id of the touchpoint where it happens, empty for the whole stage
 * @param evidence    where we know it from: surveys, recordings, complaints...
 */
public record PainPoint(
    String id,
    String description,
    int severity,
    double frequency,
    Optional<String> touchpoint,
    List<String> evidence) {

  public static final int MIN_SEVERITY = 1;
  public static final int MAX_SEVERITY = 5;

  public PainPoint {
    evidence = List.copyOf(evidence);
  }
}
