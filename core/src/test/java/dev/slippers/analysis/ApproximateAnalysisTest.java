package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.json.AnalysisJson;
import dev.slippers.analysis.text.AnalysisText;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import dev.slippers.model.Scoring;
import dev.slippers.model.Stage;
import dev.slippers.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * An analysis whose flow solve stopped at its bound in work says so, in the analysis and in its text
 * and JSON; one that settled says it is exact. The trigger is a ring of stages that customers almost
 * never leave (1 in 10⁷ per stage): Gauss-Seidel needs hundreds of thousands of sweeps, more than
 * {@link Flow#SWEEP_WORK_BUDGET} transitions allow, so a ring too large for a direct solve stops
 * there. A ring of {@link Flow#DENSE_LIMIT} stages is solved directly instead, exactly.
 */
class ApproximateAnalysisTest {

  private static final double LEAVE = 1e-7;

  /** Stages r0 -> r1 -> ... -> r(n-1) -> r0, each sending {@link #LEAVE} of its customers to done. */
  static Journey ring(int n, Language language) {
    List<Stage> stages = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stages.add(new Stage("r" + i, "Round " + i, "", Optional.empty(), List.of(), List.of(), List.of(), Map.of()));
      transitions.add(new Transition("r" + i, "done", OptionalDouble.of(LEAVE), ""));
      transitions.add(new Transition("r" + i, "r" + ((i + 1) % n), OptionalDouble.empty(), ""));
    }
    stages.add(new Stage("done", "Done", "", Optional.of(Stage.SUCCESS), List.of(), List.of(), List.of(), Map.of()));
    return new Journey(1, "ring", "A ring nobody leaves", language, Optional.empty(), List.of(), List.of(), "r0",
        stages, transitions, Scoring.DEFAULT, Optional.empty(), "");
  }

  @Test
  void aRingTooLargeToSolveDirectlyIsMarkedApproximateWithItsReason() throws Exception {
    Journey journey = ring(Flow.DENSE_LIMIT + 1, Language.EN);
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    assertTrue(analysis.approximate());
    Approximation approximation = analysis.approximation().orElseThrow();
    assertEquals(1, approximation.loops());
    assertEquals(1_001, approximation.stages());
    assertTrue(approximation.transitionsFollowed() >= Flow.SWEEP_WORK_BUDGET, "it stopped for the budget");
    // The values reached are below the exact ones: everyone ends in success, eventually.
    assertTrue(analysis.successProbability() > 0 && analysis.successProbability() < 1, "" + analysis.successProbability());

    String text = AnalysisText.render(journey, analysis, Optional.empty());
    assertEquals("Approximate: the flow through a loop of 1001 stages did not settle within the solver's bound in work"
        + " (5 × 10⁷ transitions per loop), so visits, outcomes and every figure made from them are the values reached"
        + " when it stopped, not exact.", text.lines().skip(1).findFirst().orElseThrow(), text);

    JsonNode json = new ObjectMapper().readTree(AnalysisJson.write(analysis));
    assertTrue(json.get("approximate").asBoolean());
    assertEquals("flow.sweep-work", json.at("/approximation/bound").asText());
    assertEquals(1_001, json.at("/approximation/stages").asInt());
    assertEquals(Flow.SWEEP_WORK_BUDGET, json.at("/approximation/budgetPerLoop").asLong());
    assertTrue(json.at("/approximation/reason").asText().startsWith("approximate: the flow through a loop of 1001 stages"));
  }

  @Test
  void theReasonIsInTheJourneysLanguage() {
    Journey journey = ring(Flow.DENSE_LIMIT + 1, Language.RU);
    String text = AnalysisText.render(journey, new JourneyAnalyzer().analyze(journey), Optional.empty());
    assertTrue(text.lines().skip(1).findFirst().orElseThrow().startsWith(
        "Расчёт приближённый: поток через петлю из 1001 этапов не сошёлся"), text);
  }

  @Test
  void aRingOfTheDenseLimitIsSolvedDirectlyAndIsExact() throws Exception {
    int n = Flow.DENSE_LIMIT;
    Journey journey = ring(n, Language.EN);
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    assertFalse(analysis.approximate());
    // Hand-worked: a customer at r0 comes back to it after a round with q^n, q = 1 - 10^-7, so r0 is
    // visited 1 / (1 - q^n) times, and everyone ends in success.
    double back = Math.pow(1 - LEAVE, n);
    assertEquals(1 / (1 - back), analysis.stage("r0").orElseThrow().expectedVisits(), 1e-6 / (1 - back));
    assertEquals(1.0, analysis.successProbability(), 1e-9);

    String text = AnalysisText.render(journey, analysis, Optional.empty());
    assertFalse(text.contains("pproximate"), text);
    JsonNode json = new ObjectMapper().readTree(AnalysisJson.write(analysis));
    assertFalse(json.get("approximate").asBoolean());
    assertFalse(json.has("approximation"));
  }
}
