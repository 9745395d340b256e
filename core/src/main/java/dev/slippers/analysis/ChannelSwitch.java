package dev.slippers.analysis;

/**
 * A place where the customer must change channel between consecutive touchpoints.
 *
 * @param fromTouchpoint the touchpoint before the switch
 * @param toTouchpoint   the touchpoint after it
 * @param fromChannel    its channel id
 * @param toChannel      the new channel id
 * @param probability    probability that a customer entering the journey makes this switch
 */
public record ChannelSwitch(
    String fromTouchpoint, String toTouchpoint, String fromChannel, String toChannel, double probability) {}
