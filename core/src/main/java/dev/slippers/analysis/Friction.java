package dev.slippers.analysis;

import dev.slippers.analysis.Contribution.Kind;
import dev.slippers.wording.Numerals;
import dev.slippers.model.Metric;
import dev.slippers.model.MetricKind;
import dev.slippers.model.PainPoint;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The friction formula: every stage's score is the sum of weighted, non-negative terms, each kept
 * as a {@link Contribution} (docs/analysis.md states it with examples).
 *
 * <pre>
 * pain           w_pain   x severity (1-5) x frequency (0-1)                 per pain point
 * emotion        w_emotion x max(0, -emotion)           (0-2)               per touchpoint
 * effort         w_effort x log10(1 + minutes)                              per touchpoint with a duration
 * effort (CES)   w_effort x clamp((CES - 1) / 3, 0, 2)                      per stage with a CES metric
 * breach         w_breach x 5 x min(1, relative gap)                        per metric missing its target
 * channel switch w_switch x 1                                                per change of channel between
 *                                                                           consecutive touchpoints of a stage
 * channel switch w_switch x share of arrivals whose previous channel differs  per stage
 * </pre>
 *
 * Touchpoint friction holds the terms that belong to one touchpoint (its pain points, emotion,
 * duration and the switch into it); the stage adds pain points without a touchpoint, CES, breaches
 * and the switch on arrival.
 */
final class Friction {

  /** A breach of the whole scale scores like a critical pain met by everyone (5). */
  static final double BREACH_SCALE = 5;

  private static final Comparator<Contribution> LARGEST_FIRST = Comparator.comparingDouble(Contribution::amount)
      .reversed().thenComparing(Contribution::kind).thenComparing(Contribution::sourceId);

  final List<StageFriction> stages = new ArrayList<>();
  final List<TouchpointFriction> touchpoints = new ArrayList<>();
  final double[] perStage;

  private Friction(StageGraph g, Flow flow) {
    Scoring w = g.journey.scoring();
    Wording words = Wording.of(g.journey.language());
    Numerals numerals = Numerals.of(g.journey.language());
    perStage = new double[g.size()];
    double[] arrivalsSwitching = switchingArrivals(g, flow);
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      List<Contribution> all = new ArrayList<>();
      String previousChannel = null;
      for (Touchpoint tp : stage.touchpoints()) {
        List<Contribution> own = new ArrayList<>();
        for (PainPoint pain : stage.painPoints()) {
          if (pain.frequency() > 0 && pain.touchpoint().filter(tp.id()::equals).isPresent()) {
            own.add(pain(w, words, numerals, pain));
          }
        }
        int emotion = tp.emotion().map(e -> e.value()).orElse(0);
        if (emotion < 0 && w.emotion() > 0) {
          own.add(new Contribution(Kind.EMOTION, tp.id(), w.emotion() * -emotion, words.emotion(emotion)));
        }
        double seconds = tp.duration().map(d -> dev.slippers.io.Quantities.seconds(d)).orElse(0.0);
        if (seconds > 0 && w.effort() > 0) {
          own.add(new Contribution(Kind.EFFORT, tp.id(), w.effort() * Math.log10(1 + seconds / 60),
              words.timeSpent(numerals.duration(tp.duration().get().toMillis() / 1000.0))));
        }
        if (tp.channel().isPresent()) {
          String channel = tp.channel().get();
          if (previousChannel != null && !previousChannel.equals(channel) && !tp.businessInitiated()
              && w.channelSwitch() > 0) {
            own.add(new Contribution(Kind.CHANNEL_SWITCH, tp.id(), w.channelSwitch(),
                words.channelSwitch(previousChannel, channel)));
          }
          previousChannel = channel;
        }
        own.sort(LARGEST_FIRST);
        touchpoints.add(new TouchpointFriction(tp.id(), stage.id(), sum(own), own));
        all.addAll(own);
      }
      java.util.Set<String> touchpointIds = new java.util.HashSet<>();
      stage.touchpoints().forEach(tp -> touchpointIds.add(tp.id()));
      for (PainPoint pain : stage.painPoints()) {
        // Pain points of the whole stage, and (in an invalid journey) of a touchpoint the stage lacks.
        if (pain.frequency() > 0 && pain.touchpoint().filter(touchpointIds::contains).isEmpty()) {
          all.add(pain(w, words, numerals, pain));
        }
      }
      for (Metric metric : stage.metrics().values()) {
        if (metric.kind() == MetricKind.CES && w.effort() > 0) {
          double effort = Math.max(0, Math.min(2, (metric.value() - 1) / 3));
          if (effort > 0) {
            all.add(new Contribution(Kind.EFFORT, metric.key(), w.effort() * effort,
                "CES " + numerals.number(metric.value())));
          }
        }
        if (metric.breached() && w.breach() > 0) {
          double relative = Breaches.relativeGap(metric);
          all.add(new Contribution(Kind.BREACH, metric.key(), w.breach() * BREACH_SCALE * Math.min(1, relative),
              words.breach(metric.displayName(g.journey.language()), value(metric, metric.value(), numerals),
                  value(metric, metric.target().getAsDouble(), numerals))));
        }
      }
      if (arrivalsSwitching[s] > 0 && w.channelSwitch() > 0) {
        all.add(new Contribution(Kind.CHANNEL_SWITCH, firstChannelTouchpoint(stage).orElseThrow().id(),
            w.channelSwitch() * arrivalsSwitching[s],
            words.arrivalsSwitching(numerals.share(round4(arrivalsSwitching[s])))));
      }
      all.sort(LARGEST_FIRST);
      perStage[s] = sum(all);
      stages.add(new StageFriction(stage.id(), perStage[s], flow.reach[s], flow.visits[s], all));
    }
  }

  static Friction of(StageGraph graph, Flow flow) {
    return new Friction(graph, flow);
  }

  private static Contribution pain(Scoring w, Wording words, Numerals numerals, PainPoint pain) {
    return new Contribution(Kind.PAIN, pain.id(), w.pain() * pain.severity() * pain.frequency(),
        words.pain(pain.severity(), numerals.share(pain.frequency())));
  }

  /**
   * Share of each stage's arrivals that come from a stage whose last channel differs from this
   * stage's first channel (customers entering the journey arrive without a channel).
   */
  static double[] switchingArrivals(StageGraph g, Flow flow) {
    double[] switching = new double[g.size()];
    String[] first = new String[g.size()];
    String[] last = new String[g.size()];
    for (int s = 0; s < g.size(); s++) {
      Stage stage = g.stages.get(s);
      // Reaching customers on a channel the business chose (a push, a courier) is no forced switch.
      first[s] = firstChannelTouchpoint(stage).filter(t -> !t.businessInitiated()).flatMap(Touchpoint::channel)
          .orElse(null);
      last[s] = lastChannelTouchpoint(stage).flatMap(Touchpoint::channel).orElse(null);
    }
    for (int s = 0; s < g.size(); s++) {
      if (last[s] == null) {
        continue;
      }
      for (int k = 0; k < g.successors[s].length; k++) {
        int next = g.successors[s][k];
        if (first[next] != null && !first[next].equals(last[s])) {
          switching[next] += flow.traversals[s][k];
        }
      }
    }
    for (int s = 0; s < g.size(); s++) {
      switching[s] = flow.visits[s] > 0 ? Math.min(1, switching[s] / flow.visits[s]) : 0;
    }
    return switching;
  }

  static Optional<Touchpoint> firstChannelTouchpoint(Stage stage) {
    return stage.touchpoints().stream().filter(t -> t.channel().isPresent()).findFirst();
  }

  static Optional<Touchpoint> lastChannelTouchpoint(Stage stage) {
    List<Touchpoint> all = stage.touchpoints();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).channel().isPresent()) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  private static double sum(List<Contribution> contributions) {
    double total = 0;
    for (Contribution c : contributions) {
      total += c.amount();
    }
    return total;
  }

  private static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  /** A metric value as people read it, in the journey's language: 82% for a percentage, "5 min" for a duration, else the number. */
  static String value(Metric metric, double value, Numerals numerals) {
    return switch (metric.unit()) {
      case PERCENT -> numerals.share(value);
      case DURATION -> numerals.duration(value);
      default -> numerals.number(value);
    };
  }
}
