package dev.slippers.analysis;

import java.util.OptionalDouble;

/**
 * A pain point with what it costs the journey and what fixing it would gain (docs/analysis.md,
 * sections 10 and 11).
 *
 * @param painPointId       the pain point
 * @param stageId           its stage
 * @param affectedShare     share of customers entering the journey who meet it: reach of its stage x
 *                          its frequency (capped at 1)
 * @param impact            affectedShare x severity, weighted like the pain term of the friction formula:
 *                          how much it hurts the experience
 * @param effectDeclared    true when it drives customers along a transition, directly or through the
 *                          pains it causes; a pain without a declared effect changes no outcome
 * @param successIfFixed    the change in success probability when it alone is fixed
 * @param successAttributed its Shapley share of the change in success when every pain is fixed
 * @param valueIfFixed      the change in expected value per period when it alone is fixed; empty
 *                          without economics
 * @param valueAttributed   its Shapley share of the gain in value of fixing every pain; the shares add
 *                          up to that gain; empty without economics
 */
public record PainImpact(String painPointId, String stageId, double affectedShare, double impact,
    boolean effectDeclared, double successIfFixed, double successAttributed, OptionalDouble valueIfFixed,
    OptionalDouble valueAttributed) {}
