package dev.slippers.analysis;

/**
 * A touchpoint customers feel good about: it earns credit in the experience figure.
 *
 * @param touchpointId     the touchpoint
 * @param stageId          its stage
 * @param emotion          its emotion, 1 or 2
 * @param credit           w_bright × emotion
 * @param reachProbability share of entering customers who reach its stage
 */
public record BrightSpot(String touchpointId, String stageId, int emotion, double credit, double reachProbability) {}
