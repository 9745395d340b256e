package dev.slippers.model;

import java.util.List;
import java.util.Optional;

/**
 * A place where the journey hurts, and what it does to the flow where that is known.
 *
 * @param id          unique among the journey's pain points
 * @param description free text
 * @param severity    1 (minor) to 5 (critical)
 * @param frequency   share of the customers at this stage who meet it, 0 to 1
 * @param touchpoint  id of the touchpoint where it happens, empty for the whole stage
 * @param evidence    where we know it from: surveys, recordings, complaints...
 * @param drives      transitions this pain sends customers along: of the customers who meet it, a
 *                    share takes the transition to {@link Drive#to()} because of it
 * @param causes      other pain points that happen partly because of this one
 */
public record PainPoint(
    String id,
    String description,
    int severity,
    double frequency,
    Optional<String> touchpoint,
    List<String> evidence,
    List<Drive> drives,
    List<Cause> causes) {

  public static final int MIN_SEVERITY = 1;
  public static final int MAX_SEVERITY = 5;

  public PainPoint {
    evidence = List.copyOf(evidence);
    drives = List.copyOf(drives);
    causes = List.copyOf(causes);
  }

  /** A pain point that declares no effect on the flow. */
  public PainPoint(String id, String description, int severity, double frequency, Optional<String> touchpoint,
      List<String> evidence) {
    this(id, description, severity, frequency, touchpoint, evidence, List.of(), List.of());
  }

  /** The same pain point met by another share of the stage's customers. */
  public PainPoint withFrequency(double newFrequency) {
    return new PainPoint(id, description, severity, newFrequency, touchpoint, evidence, drives, causes);
  }

  /**
   * Of the customers who meet the pain, {@code share} take the transition to stage {@code to} (a
   * direct successor of the pain's stage) because of it.
   */
  public record Drive(String to, double share) {}

  /** {@code share} of the occurrences of pain point {@code pain} happen because of this one. */
  public record Cause(String pain, double share) {}
}
