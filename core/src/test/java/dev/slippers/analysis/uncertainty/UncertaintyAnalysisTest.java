package dev.slippers.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {

  static final Path FOLDER = Path.of("src/test/resources/uncertainty");

  static Journey load(String name) {
    LoadResult result = new JourneyLoader(FOLDER).load(FOLDER.resolve(name));
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList(), name);
    return result.journey().orElseThrow();
  }

  static ExitCounts counts(String stage, long... transitions) {
    return new ExitCounts(stage, java.util.Arrays.stream(transitions).boxed().toList(), OptionalLong.empty());
  }

  /**
   * Quantile error: the sampling standard error of the q-th sample quantile is sqrt(q(1−q)/N) / f(x_q).
   * For Beta(31, 71) (sd 0.0453, density near the 2.5% point about 1.3) and N = 20,000 that is
   * 0.0009; four of them, 0.0035.
   */
  @Test
  void twoExitsWithCountsGiveTheBetaPosteriorInterval() {
    Journey journey = load("two-exits.yaml");
    Uncertainty u = UncertaintyAnalysis.of(journey, List.of(counts("try", 30, 70)), 20_000, 1);
    BetaDistribution beta = new BetaDistribution(31, 71);
    assertEquals(beta.inverseCumulativeProbability(0.025), u.success().low(), 0.0035);
    assertEquals(beta.inverseCumulativeProbability(0.975), u.success().high(), 0.0035);
    // The draws centre on the posterior mean 31 / 102 = 0.3039 (standard error 0.0453 / sqrt(20,000) =
    // 0.0003), not on the observed 30 / 100 the journey's share says.
    assertEquals(31.0 / 102, u.success().mean(), 0.0015);
    // value = 1000 × (100 s − 10 (1 − s)) = 110,000 s − 10,000: the same interval, scaled.
    Interval value = u.valuePerPeriod().orElseThrow();
    assertEquals(110_000 * u.success().low() - 10_000, value.low(), 1e-6);
    assertEquals(110_000 * u.success().high() - 10_000, value.high(), 1e-6);
    assertEquals(List.of("try"), u.measuredStages());
    assertEquals(List.of(), u.assumedStages());
  }

  /** With departures the lost remainder is an exit: win's share is Beta(c_win + 1, c_lose + lost + 2). */
  @Test
  void departuresMakeTheLostRemainderAnExit() {
    Journey journey = load("two-exits.yaml");
    ExitCounts c = new ExitCounts("try", List.of(30L, 50L), OptionalLong.of(100));
    assertEquals(20, c.lost());
    Uncertainty u = UncertaintyAnalysis.of(journey, List.of(c), 20_000, 2);
    BetaDistribution beta = new BetaDistribution(31, 72);
    assertEquals(beta.inverseCumulativeProbability(0.025), u.success().low(), 0.0035);
    assertEquals(beta.inverseCumulativeProbability(0.975), u.success().high(), 0.0035);
  }

  /** Without counts every stage is assumed: the draws are the designed journey, the interval a point. */
  @Test
  void withoutCountsEveryStageIsAssumedAndTheIntervalIsThePoint() {
    Journey journey = load("two-exits.yaml");
    Uncertainty u = UncertaintyAnalysis.of(journey, List.of(), 50, 3);
    assertEquals(List.of("try"), u.assumedStages());
    assertEquals(0.3, u.success().low(), 1e-12);
    assertEquals(0.3, u.success().high(), 1e-12);
  }

  /**
   * Two pains whose gains order like their transitions' shares: `slow` is top exactly when X1 > X2.
   * With counts 12 and 8 (and 30 to win) X1 / (X1 + X2) ~ Beta(13, 9), so P(top) = P(Beta(13, 9) >
   * 1/2) = 0.8083; binomial error with N = 4,000 is 0.0062, tolerance 0.025.
   */
  @Test
  void probabilityTopIsTheChanceThatTheFixReallyGainsMost() {
    Journey journey = load("two-pains.yaml");
    Uncertainty u = UncertaintyAnalysis.of(journey, List.of(counts("try", 30, 12, 8)), 4_000, 4);
    double expected = 1 - new BetaDistribution(13, 9).cumulativeProbability(0.5);
    assertEquals(expected, u.pain("slow").orElseThrow().probabilityTop(), 0.025);
    assertEquals(1 - expected, u.pain("rude").orElseThrow().probabilityTop(), 0.025);
    assertEquals(1.0, u.pain("slow").orElseThrow().probabilityTop() + u.pain("rude").orElseThrow().probabilityTop(), 1e-12);
    PainUncertainty ugly = u.pain("ugly").orElseThrow();
    assertEquals(0, ugly.probabilityTop());
    assertEquals(new Interval(0, 0, 0), ugly.successIfFixed());
    assertEquals(List.of("slow", "rude", "ugly"), u.painPoints().stream().map(PainUncertainty::painPointId).toList());
  }

  @Test
  void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
    Journey journey = load("two-pains.yaml");
    List<ExitCounts> c = List.of(counts("try", 30, 12, 8));
    assertEquals(UncertaintyAnalysis.of(journey, c, 500, 7), UncertaintyAnalysis.of(journey, c, 500, 7));
    assertNotEquals(UncertaintyAnalysis.of(journey, c, 500, 7).success(), UncertaintyAnalysis.of(journey, c, 500, 8).success());
  }

  /**
   * Property, over several journeys and shares: with counts in the designed proportions, large
   * counts give intervals that hold the analysis' point estimate, and ten times the counts a
   * narrower interval (the posterior sd shrinks like 1 / sqrt(n)).
   */
  @Test
  void largeCountsHoldThePointAndMoreCountsNarrowTheInterval() {
    for (long scale : new long[] {1, 7, 30}) {
      Journey journey = load("two-pains.yaml");
      JourneyAnalysis point = new JourneyAnalyzer().analyze(journey);
      Uncertainty small = UncertaintyAnalysis.of(journey, List.of(counts("try", 50 * scale, 30 * scale, 20 * scale)), 1_000, scale);
      Uncertainty large = UncertaintyAnalysis.of(journey, List.of(counts("try", 500 * scale, 300 * scale, 200 * scale)), 1_000, scale);
      assertTrue(large.success().contains(point.successProbability()), large.success() + " " + scale);
      assertTrue(large.success().width() < small.success().width(), scale + ": " + large.success() + " vs " + small.success());
      for (var pain : point.painPoints()) {
        PainUncertainty p = large.pain(pain.painPointId()).orElseThrow();
        assertTrue(p.successIfFixed().contains(pain.successIfFixed()) || p.successIfFixed().width() == 0
            && Math.abs(pain.successIfFixed()) < 1e-12, pain.painPointId());
        PainUncertainty q = small.pain(pain.painPointId()).orElseThrow();
        assertTrue(p.successIfFixed().width() <= q.successIfFixed().width(), pain.painPointId());
      }
    }
  }

  @Test
  void countsThatDoNotFitTheJourneyAreRefused() {
    Journey journey = load("two-exits.yaml");
    assertThrows(IllegalArgumentException.class, () -> UncertaintyAnalysis.of(journey, List.of(counts("try", 1)), 10, 1));
    assertThrows(IllegalArgumentException.class, () -> UncertaintyAnalysis.of(journey, List.of(counts("nowhere", 1, 2)), 10, 1));
    assertThrows(IllegalArgumentException.class, () -> UncertaintyAnalysis.of(journey, List.of(), 0, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ExitCounts("try", List.of(30L, 50L), OptionalLong.of(60)));
    assertTrue(e.getMessage().contains("departures 60 is less than the 80"), e.getMessage());
  }
}
