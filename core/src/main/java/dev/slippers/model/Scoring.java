package dev.slippers.model;

/**
 * Weights of the friction formula; a journey may override any of them under {@code scoring:}.
 * The formula itself is documented with the analysis ({@code dev.slippers.analysis}).
 *
 * @param pain          weight of pain points (severity x frequency)
 * @param emotion       weight of negative emotion
 * @param effort        weight of effort (CES and time spent)
 * @param breach        weight of metric target breaches
 * @param channelSwitch weight of a forced change of channel between touchpoints
 */
public record Scoring(double pain, double emotion, double effort, double breach, double channelSwitch) {

  public static final Scoring DEFAULT = new Scoring(1.0, 1.0, 0.5, 1.0, 0.5);
}
