package dev.slippers.analysis;

import java.util.List;

/**
 * How one persona feels along the journey.
 *
 * @param personaId     the persona
 * @param curve         emotion at each touchpoint that has one, in file order
 * @param positiveShare share of those touchpoints felt as positive (emotion above 0)
 * @param lowest        the lowest emotion on the curve
 * @param lowestTouchpoint where the lowest point is (the first, if several)
 * @param score         experience score, the mean emotion on the curve
 */
public record PersonaExperience(
    String personaId, List<EmotionPoint> curve, double positiveShare, int lowest, String lowestTouchpoint, double score) {

  public PersonaExperience {
    curve = List.copyOf(curve);
  }

  /** One point of an emotion curve. */
  public record EmotionPoint(String stageId, String touchpointId, int emotion) {}
}
