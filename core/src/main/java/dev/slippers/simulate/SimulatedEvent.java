package dev.slippers.simulate;

import java.time.Instant;

/**
 * One event of a simulated log: the columns calibrate reads by default.
 *
 * @param caseId    one customer's journey
 * @param activity  what happened (see {@link JourneySimulator} for the name)
 * @param timestamp when, to the second, UTC
 * @param channel   the touchpoint's channel id, empty when none
 * @param segment   the persona, empty when the journey names none
 */
public record SimulatedEvent(String caseId, String activity, Instant timestamp, String channel, String segment) {}
