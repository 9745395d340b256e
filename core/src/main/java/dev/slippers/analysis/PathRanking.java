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

  /**
   * The most popular path that goes all the way to an outcome stage: the one the slippers walk takes
   * by default and the stage graph highlights. Customers who drop off through an unaccounted share
   * leave no path to walk, so a drop-off "path" (outcome {@value JourneyAnalysis#LOST}) is chosen only
   * when no path in the ranking reaches an outcome.
   */
  public java.util.Optional<JourneyPath> mostLikely() {
    return likely.stream().filter(p -> !p.outcome().equals(JourneyAnalysis.LOST)).findFirst()
        .or(() -> likely.stream().findFirst());
  }
}
