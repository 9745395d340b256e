package dev.slippers.synthetic;

import dev.slippers.model.Better;
import dev.slippers.model.Channel;
import dev.slippers.model.Economics;
import dev.slippers.model.Emotion;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Metric;
import dev.slippers.model.MetricKind;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Persona;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import dev.slippers.model.Transition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic journeys of any size, for tests and benchmarks: valid (every stage reachable, every
 * stage with a way to an outcome, shares at most 100%), and shaped like real ones.
 *
 * <p>Shape: the last two stages are the outcomes {@code success} and {@code failure}; the others
 * form phases of {@value #PHASE} consecutive stages. Each stage moves on to the next one, to
 * {@value #FORWARD} or 4 random later stages within {@value #REACH} positions, sometimes back to an earlier
 * stage of its phase (a loop: a repeat contact) and sometimes to failure, and some stages lose
 * customers; failure and loss shares shrink as the journey grows, so that about half of the
 * customers succeed at any size. So there are about five transitions per stage, and loops stay within a phase
 * as they do in real journeys. Stages have one or two touchpoints on five channels with durations and
 * emotions (per persona at some), a third have a pain point and a fifth a metric with a target.
 * Everything comes from one {@link Random} seeded with {@code seed}: the same arguments always give
 * the same journey.
 */
public final class SyntheticJourneys {

  static final int PHASE = 10;
  static final int FORWARD = 3;
  static final int REACH = 40;

  private static final String[] CHANNELS = {"app", "site", "phone", "store", "courier"};

  private SyntheticJourneys() {}

  /**
   * A journey with {@code stages} stages (at least 3) and about five transitions per stage.
   *
   * @throws IllegalArgumentException when {@code stages} is below 3
   */
  public static Journey generate(int stages, long seed) {
    if (stages < 3) {
      throw new IllegalArgumentException("a synthetic journey needs at least 3 stages, was " + stages);
    }
    Random random = new Random(seed);
    int steps = stages - 2;
    String success = "success";
    String failure = "failure";
    List<Stage> list = new ArrayList<>(stages);
    List<Transition> transitions = new ArrayList<>(stages * 5);
    for (int i = 0; i < steps; i++) {
      list.add(stage(i, random));
      transitions.addAll(transitions(i, steps, random, success, failure));
    }
    list.add(new Stage(success, "Done", "", Optional.of(Stage.SUCCESS), List.of(), List.of(), List.of(), Map.of()));
    list.add(new Stage(failure, "Gave up", "", Optional.of(Stage.FAILURE), List.of(), List.of(), List.of(), Map.of()));
    List<Channel> channels = new ArrayList<>();
    for (String c : CHANNELS) {
      channels.add(new Channel(c, c, c.equals("app") || c.equals("site") ? "digital" : "physical"));
    }
    List<Persona> personas = List.of(new Persona("now", "Wants everything now", "I want everything now", ""),
        new Persona("explorer", "Does not know what they want", "I don't know what I want", ""));
    return new Journey(1, "synthetic-" + stages + "-" + seed, "Synthetic journey of " + stages + " stages",
        Language.EN, Optional.of("now"), personas, channels, id(0), list, transitions, Scoring.DEFAULT,
        Optional.of(new Economics(10_000, "month", OptionalDouble.of(1_000), "EUR")), "");
  }

  private static String id(int i) {
    return "s" + i;
  }

  private static Stage stage(int i, Random random) {
    String id = id(i);
    List<Touchpoint> touchpoints = new ArrayList<>();
    int count = 1 + random.nextInt(2);
    for (int t = 0; t < count; t++) {
      Map<String, Integer> perPersona = new LinkedHashMap<>();
      if (random.nextInt(4) == 0) {
        perPersona.put("now", random.nextInt(5) - 2);
        perPersona.put("explorer", random.nextInt(5) - 2);
      }
      int overall = random.nextInt(5) - 2;
      Emotion emotion = new Emotion(perPersona.isEmpty() ? OptionalInt.of(overall) : OptionalInt.empty(), perPersona);
      touchpoints.add(new Touchpoint(id + "-t" + t, Optional.of(CHANNELS[random.nextInt(CHANNELS.length)]),
          "customer", "Step " + i + "." + t, Optional.of(Duration.ofSeconds(30 + random.nextInt(900))),
          Optional.of(emotion), "", List.of(), List.of(), List.of(), List.of()));
    }
    List<PainPoint> pains = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      pains.add(new PainPoint(id + "-p", "Pain at step " + i, 1 + random.nextInt(5),
          Math.round(random.nextDouble() * 100) / 100.0,
          random.nextBoolean() ? Optional.of(touchpoints.get(0).id()) : Optional.empty(), List.of("synthetic")));
    }
    Map<String, Metric> metrics = new LinkedHashMap<>();
    if (random.nextInt(5) == 0) {
      double value = 1 + random.nextInt(40) / 10.0;
      metrics.put("csat", new Metric("csat", MetricKind.CSAT, MetricKind.CSAT.unit(), Better.HIGHER, value,
          OptionalDouble.of(4.0), "", "synthetic"));
    }
    return new Stage(id, "Step " + i, "", Optional.empty(), touchpoints, pains, List.of(), metrics);
  }

  private static List<Transition> transitions(int i, int steps, Random random, String success, String failure) {
    Set<String> targets = new LinkedHashSet<>();
    targets.add(i + 1 < steps ? id(i + 1) : success);
    int forward = FORWARD + (random.nextInt(3) == 0 ? 1 : 0);
    for (int f = 0; f < forward; f++) {
      int j = i + 2 + random.nextInt(REACH);
      targets.add(j < steps ? id(j) : success);
    }
    int phaseStart = i / PHASE * PHASE;
    boolean loop = i > phaseStart && random.nextBoolean();
    if (loop) {
      targets.add(id(phaseStart + random.nextInt(i - phaseStart)));
    }
    boolean fails = i == steps - 1 || random.nextInt(3) == 0;
    if (fails) {
      targets.add(failure);
    }
    // A customer passes about steps / 17 stages; bad exits scale with that so that about half of
    // the customers succeed at any size.
    double failShare = Math.min(0.3, 15.0 / steps);
    double lost = random.nextInt(4) == 0 ? Math.min(0.1, 10.0 / steps) : 0;
    double[] weights = new double[targets.size()];
    double sum = 0;
    int k = 0;
    for (String target : targets) {
      double w = target.equals(failure) ? 0 : loop && k == targets.size() - (fails ? 2 : 1) ? 0.5 : 1 + random.nextInt(4);
      weights[k++] = w;
      sum += w;
    }
    double rest = 1 - lost - (fails ? failShare : 0);
    List<Transition> out = new ArrayList<>(targets.size());
    k = 0;
    for (String target : targets) {
      double share = Math.floor((target.equals(failure) ? failShare : weights[k] / sum * rest) * 10_000) / 10_000.0;
      k++;
      out.add(new Transition(id(i), target, OptionalDouble.of(share), ""));
    }
    return out;
  }
}
