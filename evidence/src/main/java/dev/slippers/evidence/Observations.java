package dev.slippers.evidence;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What an engine found in a log (the computation is stated in {@link EventLogEngine}). Plain,
 * immutable and sorted, so two engines' results compare with {@code equals}.
 *
 * @param events      rows of the log, mapped or not
 * @param cases       distinct case ids of the log, mapped or not
 * @param first       the earliest timestamp of the log
 * @param last        the latest timestamp of the log
 * @param transitions departures per (from, to), {@code to} being {@link #END} for the last visit of
 *                    a case; sorted by from, then to
 * @param stages      per visited stage, sorted by stage id
 * @param variants    every distinct stage sequence with its number of cases, sorted by cases
 *                    (most first), then by the sequence joined with {@code " > "}; cases without a
 *                    mapped event have no variant
 * @param unmapped    events per activity that maps to no stage, sorted by count (most first), then name
 */
public record Observations(long events, long cases, Instant first, Instant last, List<TransitionCount> transitions,
    List<StageTimes> stages, List<Variant> variants, List<ActivityCount> unmapped) {

  /** The {@code to} of a departure that ends the case. Not a valid stage id, so it cannot clash with one. */
  public static final String END = "(end)";

  public Observations {
    transitions = List.copyOf(transitions);
    stages = List.copyOf(stages);
    variants = List.copyOf(variants);
    unmapped = List.copyOf(unmapped);
  }

  /** Cases with at least one mapped event: the sum of the variants' cases. */
  public long mappedCases() {
    return variants.stream().mapToLong(Variant::cases).sum();
  }

  /**
   * Departures from {@code from} towards {@code to} (or {@link #END}).
   *
   * @param from  stage id
   * @param to    stage id or {@link #END}
   * @param count departures, at least 1
   */
  public record TransitionCount(String from, String to, long count) {}

  /**
   * The visits of one stage and their durations.
   *
   * @param stage         stage id
   * @param visits        visits of the stage, equal to its departures
   * @param cases         distinct cases with at least one visit
   * @param timed         visits followed by another visit, the ones with a duration
   * @param medianSeconds the 50th percentile of the durations, empty when none is timed
   * @param p90Seconds    the 90th percentile of the durations, empty when none is timed
   *
   * <p>Durations are in seconds, from timestamps of microsecond precision. A percentile p of n sorted
   * durations x[0..n-1] is exact linear interpolation: at rank r = p (n - 1), x[floor r] +
   * (r - floor r)(x[ceil r] - x[floor r]) (DuckDB {@code quantile_cont}, Spark {@code percentile});
   * engines may differ in the last bits of a double, so compare times within 1e-6 s.
   */
  public record StageTimes(String stage, long visits, long cases, long timed, OptionalDouble medianSeconds,
      OptionalDouble p90Seconds) {}

  /**
   * A distinct sequence of stage visits and how many cases followed it.
   *
   * @param stages stage ids in visit order (no two consecutive equal)
   * @param cases  at least 1
   */
  public record Variant(List<String> stages, long cases) {
    public Variant {
      stages = List.copyOf(stages);
    }
  }

  /**
   * An activity and its number of events.
   *
   * @param activity as written in the log
   * @param count    events, at least 1
   */
  public record ActivityCount(String activity, long count) {}
}
