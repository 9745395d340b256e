package dev.slippers.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything the friction analysis finds in one journey. Ids refer to the journey's stages,
 * touchpoints, pain points and metrics; lists are in a stable, documented order so that output built
 * from them is identical from run to run.
 *
 * @param journeyId               the journey's id
 * @param outcomes                probability of ending in each outcome, by outcome name in sorted
 *                                order; {@value #LOST} holds the share that leaves through the
 *                                unaccounted remainder of transition shares
 * @param expectedDurationSeconds expected time from entry to an outcome, summing touchpoint durations
 *                                weighted by expected visits
 * @param stages                  per stage, in file order
 * @param touchpoints             per touchpoint, in file order
 * @param paths                   the most likely and the highest-friction entry-to-outcome paths
 * @param loops                   cycles customers can go round, most travelled first
 * @param unreachable             stages no customer can reach from the entry, in file order
 * @param deadEnds                stages from which no outcome can be reached, in file order
 * @param bottlenecks             stages every successful path passes, and betweenness
 * @param channelSwitches         forced changes of channel between touchpoints, most travelled first
 * @param breaches                metrics that miss their targets, worst first
 * @param personas                experience per persona where emotions are given
 * @param painPoints              pain points ranked by what fixing them is worth ({@link PainImpacts})
 * @param value                   value per period where the journey has economics
 * @param experience              the experience cost per entering customer ({@link ExperienceScore})
 * @param brightSpots             touchpoints with a positive emotion, most credit met first
 * @param attribution             how the gain of fixing every pain was shared out
 * @param approximation           present when the flow solve stopped at its bound in work, so that
 *                                every figure built on the flow is the value reached, not exact
 */
public record JourneyAnalysis(
    String journeyId,
    Map<String, Double> outcomes,
    double expectedDurationSeconds,
    List<StageFriction> stages,
    List<TouchpointFriction> touchpoints,
    PathRanking paths,
    List<Loop> loops,
    List<String> unreachable,
    List<String> deadEnds,
    List<Bottleneck> bottlenecks,
    List<ChannelSwitch> channelSwitches,
    List<Breach> breaches,
    List<PersonaExperience> personas,
    List<PainImpact> painPoints,
    java.util.Optional<JourneyValue> value,
    ExperienceScore experience,
    List<BrightSpot> brightSpots,
    Attribution attribution,
    java.util.Optional<Approximation> approximation) {

  /** Name of the implicit outcome for customers who leave through an unaccounted share. */
  public static final String LOST = "lost";

  public JourneyAnalysis {
    outcomes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(outcomes));
    stages = List.copyOf(stages);
    touchpoints = List.copyOf(touchpoints);
    loops = List.copyOf(loops);
    unreachable = List.copyOf(unreachable);
    deadEnds = List.copyOf(deadEnds);
    bottlenecks = List.copyOf(bottlenecks);
    channelSwitches = List.copyOf(channelSwitches);
    breaches = List.copyOf(breaches);
    personas = List.copyOf(personas);
    painPoints = List.copyOf(painPoints);
    brightSpots = List.copyOf(brightSpots);
  }

  /** An exact analysis: every solve settled within its bound. */
  public JourneyAnalysis(String journeyId, Map<String, Double> outcomes, double expectedDurationSeconds,
      List<StageFriction> stages, List<TouchpointFriction> touchpoints, PathRanking paths, List<Loop> loops,
      List<String> unreachable, List<String> deadEnds, List<Bottleneck> bottlenecks,
      List<ChannelSwitch> channelSwitches, List<Breach> breaches, List<PersonaExperience> personas,
      List<PainImpact> painPoints, java.util.Optional<JourneyValue> value, ExperienceScore experience,
      List<BrightSpot> brightSpots, Attribution attribution) {
    this(journeyId, outcomes, expectedDurationSeconds, stages, touchpoints, paths, loops, unreachable, deadEnds,
        bottlenecks, channelSwitches, breaches, personas, painPoints, value, experience, brightSpots, attribution,
        java.util.Optional.empty());
  }

  /** Whether the flow solve stopped at its bound in work ({@link #approximation()} says where). */
  public boolean approximate() {
    return approximation.isPresent();
  }

  /** Probability of ending in {@code success}; zero when the journey has no such outcome. */
  public double successProbability() {
    return outcomes.getOrDefault(dev.slippers.model.Stage.SUCCESS, 0.0);
  }

  /**
   * Sum of all stage frictions weighted by expected visits. It explains where the journey hurts but
   * falls when customers leave early; judge a change by {@link #experience()} instead.
   */
  public double totalFriction() {
    return stages.stream().mapToDouble(s -> s.friction() * s.expectedVisits()).sum();
  }

  public java.util.Optional<StageFriction> stage(String stageId) {
    return stages.stream().filter(s -> s.stageId().equals(stageId)).findFirst();
  }
}
