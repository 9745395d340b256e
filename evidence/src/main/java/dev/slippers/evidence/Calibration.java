package dev.slippers.evidence;

import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A journey compared with what an event log shows ({@code docs/evidence.md}): every figure is
 * computed from {@link Observations}, so it is the same whichever engine read the log.
 *
 * @param transitions  every modelled transition, drift first (biggest |observed - designed| first)
 * @param unmodelled   transitions seen in the log but not in the journey, most first
 * @param neverSeen    modelled transitions with count 0 although their stage was left
 * @param stages       per stage of the journey, in file order
 * @param fitting      share of mapped cases whose stage sequence starts at the entry and uses only
 *                     modelled transitions (the end of a case at a non-outcome stage is drop-off and fits)
 * @param nonFitting   the most common variants that do not fit, at most {@link #TOP_VARIANTS}
 * @param outcomes     observed share of mapped cases ending at each outcome stage, and {@code lost}
 * @param unmapped     activities that map to no stage
 * @param events       rows of the log
 * @param cases        cases of the log
 * @param mappedCases  cases with a mapped event
 * @param first        the earliest event
 * @param last         the latest event
 */
public record Calibration(List<TransitionFit> transitions, List<Unmodelled> unmodelled, List<TransitionFit> neverSeen,
    List<StageFit> stages, double fitting, List<Observations.Variant> nonFitting, Map<String, Double> outcomes,
    List<Observations.ActivityCount> unmapped, long events, long cases, long mappedCases, Instant first, Instant last) {

  public static final int TOP_VARIANTS = 5;
  public static final String LOST = "lost";

  /**
   * A modelled transition against the log. {@code observedShare = count / departures} of the stage;
   * {@code low..high} its Wilson 95% interval; {@code drift} when the designed (effective) share lies
   * outside it. Departures 0: observed share NaN, interval 0..1, never drift.
   */
  public record TransitionFit(String from, String to, long count, long departures, double designedShare,
      double observedShare, double low, double high, boolean drift) {}

  /** A transition seen in the log that the journey lacks ({@code to} may be another stage only). */
  public record Unmodelled(String from, String to, long count, double share) {}

  /**
   * A stage against the log. {@code dropOff} = departures towards the end of the case / departures,
   * for a non-outcome stage (NaN when never visited); {@code designedSeconds} the sum of its
   * touchpoints' durations, empty when none is given; {@code timed} the visits with a duration (those
   * followed by another visit), the ones the median and p90 are of.
   */
  public record StageFit(String id, long cases, long visits, long timed, OptionalDouble medianSeconds,
      OptionalDouble p90Seconds, OptionalDouble designedSeconds, double dropOff) {}

  public static Calibration of(Journey journey, Observations o) {
    Map<String, Long> departures = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    for (Observations.TransitionCount t : o.transitions()) {
      departures.merge(t.from(), t.count(), Long::sum);
      counts.put(t.from() + "\u0000" + t.to(), t.count());
    }
    List<TransitionFit> fits = new ArrayList<>();
    Set<String> modelled = new HashSet<>();
    for (Map.Entry<String, List<Transition>> e : journey.outgoingByStage().entrySet()) {
      double[] designed = Transition.effectiveShares(e.getValue());
      for (int i = 0; i < designed.length; i++) {
        Transition t = e.getValue().get(i);
        modelled.add(t.from() + "\u0000" + t.to());
        long n = departures.getOrDefault(t.from(), 0L);
        long k = counts.getOrDefault(t.from() + "\u0000" + t.to(), 0L);
        double[] ci = Wilson.interval(k, n);
        double observed = n == 0 ? Double.NaN : (double) k / n;
        boolean drift = n > 0 && (designed[i] < ci[0] || designed[i] > ci[1]);
        fits.add(new TransitionFit(t.from(), t.to(), k, n, designed[i], observed, ci[0], ci[1], drift));
      }
    }
    fits.sort(Comparator.comparing((TransitionFit f) -> !f.drift())
        .thenComparing(f -> -(Double.isNaN(f.observedShare()) ? 0 : Math.abs(f.observedShare() - f.designedShare())))
        .thenComparing(TransitionFit::from).thenComparing(TransitionFit::to));
    List<TransitionFit> neverSeen = fits.stream().filter(f -> f.count() == 0 && f.departures() > 0).toList();
    List<Unmodelled> unmodelled = new ArrayList<>();
    for (Observations.TransitionCount t : o.transitions()) {
      if (!t.to().equals(Observations.END) && !modelled.contains(t.from() + "\u0000" + t.to())) {
        unmodelled.add(new Unmodelled(t.from(), t.to(), t.count(), (double) t.count() / departures.get(t.from())));
      }
    }
    unmodelled.sort(Comparator.comparingLong(Unmodelled::count).reversed().thenComparing(Unmodelled::from)
        .thenComparing(Unmodelled::to));
    Map<String, Observations.StageTimes> times = new HashMap<>();
    o.stages().forEach(s -> times.put(s.stage(), s));
    List<StageFit> stages = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      Observations.StageTimes s = times.get(stage.id());
      long n = departures.getOrDefault(stage.id(), 0L);
      long ended = counts.getOrDefault(stage.id() + "\u0000" + Observations.END, 0L);
      double dropOff = stage.isOutcome() ? 0 : n == 0 ? Double.NaN : (double) ended / n;
      stages.add(new StageFit(stage.id(), s == null ? 0 : s.cases(), s == null ? 0 : s.visits(), s == null ? 0 : s.timed(),
          s == null ? OptionalDouble.empty() : s.medianSeconds(), s == null ? OptionalDouble.empty() : s.p90Seconds(),
          designedSeconds(stage), dropOff));
    }
    long mapped = o.mappedCases();
    long fittingCases = 0;
    List<Observations.Variant> nonFitting = new ArrayList<>();
    Map<String, Double> outcomes = new java.util.LinkedHashMap<>();
    journey.stages().stream().filter(Stage::isOutcome).forEach(s -> outcomes.put(s.id(), 0.0));
    outcomes.put(LOST, 0.0);
    for (Observations.Variant v : o.variants()) {
      if (fits(journey, modelled, v.stages())) {
        fittingCases += v.cases();
      } else if (nonFitting.size() < TOP_VARIANTS) {
        nonFitting.add(v);
      }
      String end = v.stages().get(v.stages().size() - 1);
      String key = outcomes.containsKey(end) && !end.equals(LOST) ? end : LOST;
      outcomes.merge(key, (double) v.cases() / mapped, Double::sum);
    }
    return new Calibration(fits, unmodelled, neverSeen, stages, mapped == 0 ? Double.NaN : (double) fittingCases / mapped,
        nonFitting, outcomes, o.unmapped(), o.events(), o.cases(), mapped, o.first(), o.last());
  }

  private static boolean fits(Journey journey, Set<String> modelled, List<String> path) {
    if (!path.get(0).equals(journey.entry())) {
      return false;
    }
    for (int i = 1; i < path.size(); i++) {
      if (!modelled.contains(path.get(i - 1) + "\u0000" + path.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static OptionalDouble designedSeconds(Stage stage) {
    double total = 0;
    boolean any = false;
    for (Touchpoint t : stage.touchpoints()) {
      if (t.duration().isPresent()) {
        total += t.duration().get().toMillis() / 1000.0;
        any = true;
      }
    }
    return any ? OptionalDouble.of(total) : OptionalDouble.empty();
  }
}
