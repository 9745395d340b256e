package dev.slippers.model;

import java.util.OptionalDouble;

/**
 * A move from one stage to another.
 *
 * @param from  id of the stage customers leave
 * @param to    id of the stage they reach
 * @param share share of the customers leaving {@code from} who take this transition, 0 to 1; empty
 *              when not given (the stage's remaining share is split evenly among such transitions)
 * @param label free text, may be empty
 */
public record Transition(String from, String to, OptionalDouble share, String label) {}
