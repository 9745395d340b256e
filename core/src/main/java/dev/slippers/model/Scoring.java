package dev.slippers.model;

/**
 * Weights of the friction formula and of the experience figure; a journey may override any of them
 * under {@code scoring:}. The formulas are documented with the analysis ({@code docs/analysis.md}).
 *
 * @param pain          weight of pain points (severity x frequency)
 * @param emotion       weight of negative emotion
 * @param effort        weight of effort (CES and time spent)
 * @param breach        weight of metric target breaches
 * @param channelSwitch weight of a forced change of channel between touchpoints
 * @param churnPenalty  experience cost of a customer who ends in {@code failure} or is lost, on top of
 *                      the most friction a customer who finishes can expect to meet, so that leaving
 *                      always costs more than staying
 * @param brightSpot    credit per point of positive emotion at a touchpoint (a bright spot)
 */
public record Scoring(double pain, double emotion, double effort, double breach, double channelSwitch,
    double churnPenalty, double brightSpot) {

  public static final double DEFAULT_CHURN_PENALTY = 10;
  public static final double DEFAULT_BRIGHT_SPOT = 1;

  public static final Scoring DEFAULT = new Scoring(1.0, 1.0, 0.5, 1.0, 0.5);

  /** Friction weights with the default churn penalty and bright-spot credit. */
  public Scoring(double pain, double emotion, double effort, double breach, double channelSwitch) {
    this(pain, emotion, effort, breach, channelSwitch, DEFAULT_CHURN_PENALTY, DEFAULT_BRIGHT_SPOT);
  }
}
