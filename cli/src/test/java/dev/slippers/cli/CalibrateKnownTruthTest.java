package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration against known truth: the bundled log {@code examples/evidence/shirt-store-events.csv} was
 * simulated (5,000 cases, seed 9) from {@code shirt-store-true.yaml}, which differs from the designed
 * {@code journeys/shirt-store.yaml} in four shares and one unmodelled move (its header names them).
 * Calibrating the designed journey against that log must flag exactly those, and every true share must
 * lie inside its 95% interval.
 */
class CalibrateKnownTruthTest {

  /** The true shares where they differ from the design; every other transition is as designed. */
  static final Map<String, Double> TRUE_SHARES = Map.of(
      "need -> order", 0.55, "fitting -> wearing", 0.60, "fitting -> return", 0.40, "order -> collect", 0.85);

  @Test
  void driftIsFoundExactlyOnTheChangedTransitionsAndTheTruthLiesInsideTheIntervals() throws Exception {
    CliRun run = CliRun.of("calibrate", "../journeys/shirt-store.yaml",
        "--events", "../examples/evidence/shirt-store-events.csv", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(5000, json.get("cases").asInt());

    Set<String> drifted = new TreeSet<>();
    for (JsonNode t : json.get("transitions")) {
      String key = t.get("from").asText() + " -> " + t.get("to").asText();
      if (t.get("drift").asBoolean()) {
        drifted.add(key);
      }
      double truth = TRUE_SHARES.getOrDefault(key, t.get("designedShare").asDouble());
      assertTrue(t.get("low").asDouble() <= truth && truth <= t.get("high").asDouble(),
          key + ": true share " + truth + " outside " + t);
    }
    assertEquals(new TreeSet<>(TRUE_SHARES.keySet()), drifted);

    JsonNode unmodelled = json.get("unmodelled");
    assertEquals(1, unmodelled.size(), unmodelled.toString());
    assertEquals("order", unmodelled.get(0).get("from").asText());
    assertEquals("need", unmodelled.get(0).get("to").asText());
    // 5% of the departures from order go back to need in the true journey.
    assertEquals(0.05, unmodelled.get(0).get("share").asDouble(), 0.01);
  }

  @Test
  void theCalibratedCopyTrustsTheLogOverADrivingPainAndValidates(@TempDir Path dir) throws Exception {
    // The design says the wrong fit (55% of fitting's customers) sends every one of them to the returns
    // desk, but the log shows only 1013 of 2432 = 41.65% going there: the copy lowers the pain's
    // frequency to 41.65% (so it still explains the whole transition), says why, and validates.
    Files.copy(Path.of("../journeys/catalogue.yaml"), dir.resolve("catalogue.yaml"));
    Path copy = dir.resolve("shirt-store-calibrated.yaml");
    CliRun run = CliRun.of("calibrate", "../journeys/shirt-store.yaml",
        "--events", "../examples/evidence/shirt-store-events.csv", "--write", copy.toString());
    assertEquals(0, run.exitCode(), run.err());
    Journey calibrated = new JourneyLoader(dir).load(copy).validJourney().orElseThrow();
    PainPoint wrongFit = calibrated.stage("fitting").orElseThrow().painPoints().stream()
        .filter(p -> p.id().equals("wrong-fit")).findFirst().orElseThrow();
    assertEquals(0.4165, wrongFit.frequency(), 1e-12);
    assertTrue(wrongFit.evidence().stream().anyMatch(e -> e.startsWith("frequency lowered from 55% to 41.65% by events")),
        wrongFit.evidence().toString());
    assertEquals(0.4165, calibrated.transitions().stream()
        .filter(t -> t.from().equals("fitting") && t.to().equals("return")).findFirst().orElseThrow().share().getAsDouble(), 1e-12);
    // The counts make every stage measured, so the analysis of the copy can carry their uncertainty.
    assertTrue(new JourneyAnalyzer().analyze(calibrated).successProbability() > 0);
  }
}
