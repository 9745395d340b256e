package dev.slippers.spark;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a log says about a journey's stages, as the engine computes it: plain values, no Spark
 * types, small enough for the driver (a row per stage, transition, variant and unmapped activity).
 *
 * <p>The same figures as the evidence module's {@code Observations}, so that the two engines can be
 * compared field by field. Maps are sorted by key, lists as documented, so equal logs give equal
 * values.
 *
 * @param transitions count per {@code from} and {@code to} stage; the end of a case is {@link #END}
 * @param stages      per stage id
 * @param variants    the cases' stage sequences with their counts, most frequent first, then by
 *                    sequence
 * @param cases       cases with at least one mapped event
 * @param events      events read, mapped or not
 * @param first       the earliest timestamp, empty for an empty log
 * @param last        the latest timestamp
 * @param unmapped    count per activity that maps to no stage
 */
public record SparkObservations(Map<String, Map<String, Long>> transitions, Map<String, StageFigures> stages,
    List<Variant> variants, long cases, long events, Optional<Instant> first, Optional<Instant> last,
    Map<String, Long> unmapped) {

  /** The {@code to} of a case's last visit. */
  public static final String END = "END";

  /**
   * One stage: visits (consecutive events of the stage are one visit), distinct cases, and the
   * median and 90th percentile of the seconds from a visit's first event to the next visit's first
   * event (exact, linear interpolation; empty when no visit of the stage is followed by another).
   */
  public record StageFigures(long visits, long cases, Optional<Double> medianSeconds, Optional<Double> p90Seconds) {}

  /** A stage sequence and how many cases followed it exactly. */
  public record Variant(List<String> stages, long cases) {}
}
