package dev.slippers.analysis;

import dev.slippers.model.Journey;

/**
 * Runs the friction analysis of a journey: flow as an absorbing Markov chain ({@link Flow}),
 * friction scores with their contributions ({@link Friction}), paths ({@link Paths}), loops
 * ({@link Loops}), structure ({@link Structure}), channel switches, breaches, persona experience and
 * pain impacts. The method and every assumption are documented in docs/analysis.md.
 *
 * <p>Cost: near-linear in stages + transitions (the flow solve is O(E) per Gauss-Seidel sweep inside
 * cycles; path, loop and betweenness searches are bounded, see their classes). The journey should
 * be valid; an invalid one is analysed as far as it goes (unknown stages are ignored, shares over
 * 100% are scaled down) rather than rejected.
 */
public final class JourneyAnalyzer {

  /** Analyses with the default options: top 5 paths, no fixes. */
  public JourneyAnalysis analyze(Journey journey) {
    return analyze(journey, AnalysisOptions.DEFAULT);
  }

  /**
   * Analyses the journey as it would be with {@code options.fixes()} fixed (see {@link PainFixes}).
   *
   * @throws IllegalArgumentException when a fix names no pain point of the journey
   */
  public JourneyAnalysis analyze(Journey journey, AnalysisOptions options) {
    return analyze(journey, options, true);
  }

  /**
   * {@link #analyze(Journey, AnalysisOptions)}, with the pains' worth left out when {@code attribute}
   * is false: the pain table then has no "if fixed" or attributed values and the attribution is
   * {@link Attribution#NONE}; every other figure is the same. For {@link WhatIf}'s analyses of one
   * fix alone, which read only flow-level figures.
   */
  JourneyAnalysis analyze(Journey journey, AnalysisOptions options, boolean attribute) {
    java.util.List<String> unknown = PainFixes.unknown(journey, options.fixes());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no pain point " + String.join(", ", unknown) + " in journey " + journey.id());
    }
    Journey subject = PainFixes.apply(journey, options.fixes());
    StageGraph graph = StageGraph.of(subject);
    Flow flow = Flow.of(graph);
    Friction friction = Friction.of(graph, flow);
    PainValues values = attribute ? PainValues.of(graph, flow.outcomes) : PainValues.skipped(subject);
    return new JourneyAnalysis(
        subject.id(),
        flow.outcomes,
        flow.expectedDurationSeconds,
        friction.stages,
        friction.touchpoints,
        Paths.rank(graph, friction.perStage, options.top()),
        Loops.of(graph, flow),
        Structure.unreachable(graph),
        Structure.deadEnds(graph),
        Structure.bottlenecks(graph, options.top()),
        ChannelSwitches.of(graph, flow),
        Breaches.of(graph),
        Experience.of(subject),
        PainImpacts.of(graph, flow, values),
        subject.economics().map(e -> JourneyValue.of(e, flow.outcomes)),
        Experiences.score(graph, flow, friction.perStage),
        Experiences.brightSpots(graph, flow),
        values.attribution,
        flow.approximation());
  }
}
