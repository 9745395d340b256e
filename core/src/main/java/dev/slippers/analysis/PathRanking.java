package dev.slippers.analysis;

import java.util.List;

/**
 * The top paths of a journey.
 *
 * @param likely   most likely first
 * @param friction highest friction first
 */
public record PathRanking(List<JourneyPath> likely, List<JourneyPath> friction) {

  public PathRanking {
    likely = List.copyOf(likely);
    friction = List.copyOf(friction);
  }

  /** The most popular path: the one the slippers walk takes by default. */
  public java.util.Optional<JourneyPath> mostLikely() {
    return likely.stream().findFirst();
  }
}
