package dev.slippers.render.evidence;

import java.util.List;

/**
 * The figures of a calibration as plain data (docs/evidence.md defines each): what the drift report
 * shows, in the order it shows it. A figure the log cannot give (a stage never left, no timed
 * visit) is {@code null}, shown as a dash.
 *
 * @param period      the span of the log, e.g. {@code 2026-09-01..2026-10-31}
 * @param transitions every modelled transition, drift first, biggest first
 * @param unmodelled  transitions seen in the log but not in the journey
 * @param neverSeen   modelled transitions never seen although their stage was left
 * @param fitting     share of mapped cases that fit the journey
 * @param outcomes    each outcome observed against predicted by the analysis of the journey
 */
public record DriftFigures(String period, long events, long cases, long mappedCases, List<Fit> transitions,
    List<Move> unmodelled, List<Move> neverSeen, List<StageTime> stages, Double fitting, List<Variant> nonFitting,
    List<Outcome> outcomes, List<Activity> unmapped) {

  public DriftFigures {
    transitions = List.copyOf(transitions);
    unmodelled = List.copyOf(unmodelled);
    neverSeen = List.copyOf(neverSeen);
    stages = List.copyOf(stages);
    nonFitting = List.copyOf(nonFitting);
    outcomes = List.copyOf(outcomes);
    unmapped = List.copyOf(unmapped);
  }

  /** A modelled transition: designed share, observed share (null when the stage was never left) and its 95% interval. */
  public record Fit(String from, String to, long count, long departures, double designed, Double observed,
      double low, double high, boolean drift) {}

  /** A transition by its stages, with its count and share of its stage's departures (0 for never seen). */
  public record Move(String from, String to, long count, double share) {}

  /** A stage's times in seconds and its drop-off. */
  public record StageTime(String id, long cases, long visits, Double medianSeconds, Double p90Seconds,
      Double designedSeconds, Double dropOff) {}

  /** A stage sequence that does not fit the journey, and how many cases took it. */
  public record Variant(List<String> stages, long cases) {
    public Variant {
      stages = List.copyOf(stages);
    }
  }

  /**
   * A kind of outcome ({@code success}, {@code failure}, ..., or {@code lost}), the names of its
   * outcome stages, the observed share of mapped cases ending at one of them and the share the
   * analysis predicts.
   */
  public record Outcome(String id, List<String> stages, double observed, Double predicted) {
    public Outcome {
      stages = List.copyOf(stages);
    }
  }

  /** An activity of the log that maps to no stage. */
  public record Activity(String name, long count) {}
}
