package dev.slippers.simulate;

import dev.slippers.model.Journey;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Walks customers through a journey and reports the events they leave behind.
 *
 * <p>Each case starts at the entry; customers arrive one after another, the gaps exponential with a
 * mean of {@value #ARRIVAL_SECONDS} s from {@link #START}. At a stage the customer meets its
 * touchpoints in order, one event each; a stage without touchpoints leaves one event. The activity
 * is the touchpoint's first exact {@code events:} name, else the stage's, else the touchpoint id (the
 * stage id for a stage without touchpoints); glob patterns are skipped, they name no one activity.
 * Each touchpoint takes its {@code duration} (60 s where none is given) times a log-normal spread
 * with median 1 and σ = {@value #SPREAD} (about two thirds of the times within ×0.6..×1.65). Then the
 * customer takes a transition with its effective share ({@link Transition#effectiveShares}) or, with
 * the rest, is lost and the case ends; an outcome stage ends the case too. Loops are walked like any
 * transition; a case stops after {@value #MAX_VISITS} stage visits (only a journey validation rejects
 * can get there). The segment is the case's persona: one of the journey's personas, drawn evenly, or
 * its {@code persona}, or empty.
 *
 * <p>All randomness comes from one {@link Well19937c} seeded with {@code seed}: the same journey,
 * cases and seed give the same events. Cost: O(events).
 */
public final class JourneySimulator {

  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final double ARRIVAL_SECONDS = 60;
  static final double SPREAD = 0.5;
  static final double DEFAULT_SECONDS = 60;
  static final int MAX_VISITS = 10_000;

  private JourneySimulator() {}

  /** Walks {@code cases} customers and hands every event to {@code sink}, case by case, in time order. */
  public static void simulate(Journey journey, int cases, long seed, Consumer<SimulatedEvent> sink) {
    RandomGenerator random = new Well19937c(seed);
    ExponentialDistribution arrivals = new ExponentialDistribution(random, ARRIVAL_SECONDS);
    LogNormalDistribution spread = new LogNormalDistribution(random, 0, SPREAD);
    Map<String, Stage> stages = journey.stagesById();
    Map<String, List<Transition>> leaving = journey.outgoingByStage();
    List<String> segments = journey.personas().isEmpty()
        ? List.of(journey.persona().orElse("")) : journey.personas().stream().map(Persona::id).toList();
    double clock = 0;
    int width = String.valueOf(cases).length();
    for (int c = 0; c < cases; c++) {
      clock += arrivals.sample();
      String caseId = "case-" + String.format("%0" + width + "d", c + 1);
      String segment = segments.get(segments.size() == 1 ? 0 : random.nextInt(segments.size()));
      double t = clock;
      Stage at = stages.get(journey.entry());
      for (int visit = 0; at != null && visit < MAX_VISITS; visit++) {
        List<Touchpoint> touchpoints = at.touchpoints();
        java.util.Optional<String> stageEvent = exact(at.events());
        if (touchpoints.isEmpty()) {
          sink.accept(new SimulatedEvent(caseId, exact(at.events()).orElse(at.id()), instant(t), "", segment));
          t += DEFAULT_SECONDS * spread.sample();
        }
        for (Touchpoint tp : touchpoints) {
          String activity = exact(tp.events()).or(() -> stageEvent).orElse(tp.id());
          sink.accept(new SimulatedEvent(caseId, activity, instant(t), tp.channel().orElse(""), segment));
          t += tp.duration().map(d -> (double) d.toSeconds()).orElse(DEFAULT_SECONDS) * spread.sample();
        }
        at = at.isOutcome() ? null : next(at, leaving, stages, random);
      }
    }
  }

  /** All events of {@code cases} customers, for tests and small logs. */
  public static List<SimulatedEvent> simulate(Journey journey, int cases, long seed) {
    List<SimulatedEvent> events = new ArrayList<>();
    simulate(journey, cases, seed, events::add);
    return events;
  }

  private static Stage next(Stage from, Map<String, List<Transition>> leaving, Map<String, Stage> stages,
      RandomGenerator random) {
    List<Transition> out = leaving.getOrDefault(from.id(), List.of()).stream()
        .filter(t -> stages.containsKey(t.to())).toList();
    double[] shares = Transition.effectiveShares(out);
    double u = random.nextDouble();
    for (int i = 0; i < shares.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return stages.get(out.get(i).to());
      }
    }
    return null;
  }

  private static java.util.Optional<String> exact(List<String> names) {
    return names.stream().filter(n -> n.chars().noneMatch(ch -> "*?[]{}".indexOf(ch) >= 0)).findFirst();
  }

  private static Instant instant(double seconds) {
    return START.plusSeconds((long) Math.floor(seconds));
  }
}
