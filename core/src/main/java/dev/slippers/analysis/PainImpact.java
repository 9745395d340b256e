package dev.slippers.analysis;

/**
 * A pain point with its estimated impact, for ranking what to fix first.
 *
 * @param painPointId   the pain point
 * @param stageId       its stage
 * @param affectedShare share of customers entering the journey who meet it: reach of its stage x
 *                      its frequency (capped at 1)
 * @param impact        affectedShare x severity, weighted like the pain term of the friction formula
 * @param estimatedCost money lost per period where the journey gives economics, else 0
 */
public record PainImpact(String painPointId, String stageId, double affectedShare, double impact, double estimatedCost) {}
