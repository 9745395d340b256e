package dev.slippers.analysis.uncertainty;

import java.util.Optional;

/**
 * How sure the worth of fixing one pain point is.
 *
 * @param painPointId    the pain point
 * @param successIfFixed interval of the change in success probability when it alone is fixed
 * @param valueIfFixed   interval of the change in value per period when it alone is fixed; empty
 *                       without economics
 * @param probabilityTop share of the draws in which fixing it alone gains the most of all pains
 *                       (value with economics, else success); 0 for a pain that declares no effect
 */
public record PainUncertainty(String painPointId, Interval successIfFixed, Optional<Interval> valueIfFixed,
    double probabilityTop) {}
