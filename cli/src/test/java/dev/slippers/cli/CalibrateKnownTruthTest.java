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

  @Test
  void theCalibratedCopyTakesItsDurationsFromTheLog(@TempDir Path dir) throws Exception {
    // The log was simulated with the true durations (those of journeys/shirt-store.yaml): try-on 10m;
    // collect = travel 40m + pay-before-fitting 5m; browse-catalogue 15m. A design that guesses them
    // wrong (25m; 20m + 10m; none) must get them back from the log, within the spread of the medians.
    Journey truth = new JourneyLoader(Path.of("../journeys")).load(Path.of("../journeys/shirt-store.yaml"))
        .validJourney().orElseThrow();
    Map<String, java.time.Duration> guesses = Map.of("try-on", java.time.Duration.ofMinutes(25),
        "travel", java.time.Duration.ofMinutes(20), "pay-before-fitting", java.time.Duration.ofMinutes(10));
    java.util.List<dev.slippers.model.Stage> stages = truth.stages().stream().map(s -> new dev.slippers.model.Stage(s.id(),
        s.name(), s.description(), s.outcome(), s.touchpoints().stream().map(t -> t.id().equals("browse-catalogue")
            ? t.withDuration(java.util.Optional.empty(), "")
            : guesses.containsKey(t.id()) ? t.withDuration(java.util.Optional.of(guesses.get(t.id())), "") : t).toList(),
        s.painPoints(), s.opportunities(), s.metrics(), s.events(), s.departures(), s.source())).toList();
    Journey design = new Journey(truth.formatVersion(), truth.id(), truth.title(), truth.language(), truth.persona(),
        truth.personas(), truth.channels(), truth.entry(), stages, truth.transitions(), truth.scoring(), truth.economics(),
        truth.description());
    Path designed = dir.resolve("guessed.yaml");
    Files.writeString(designed, dev.slippers.io.JourneyWriter.write(design));
    Path copy = dir.resolve("calibrated.yaml");
    CliRun run = CliRun.of("calibrate", designed.toString(), "--events", "../examples/evidence/shirt-store-events.csv",
        "--write", copy.toString());
    assertEquals(0, run.exitCode(), run.err());
    Journey calibrated = new JourneyLoader(dir).load(copy).validJourney().orElseThrow();

    // One touchpoint: the median of a log-normal spread around the truth (median factor 1) is the truth.
    dev.slippers.model.Touchpoint tryOn = touchpoint(calibrated, "fitting", "try-on");
    assertEquals(600, tryOn.duration().orElseThrow().toSeconds(), 600 * 0.05, tryOn.toString());
    assertTrue(tryOn.source().matches("events 2026-01-01\\.\\.2026-01-28, median of \\d+ visits to fitting"), tryOn.source());
    // No duration designed: the stage's median, saying where it comes from.
    dev.slippers.model.Touchpoint browse = touchpoint(calibrated, "need", "browse-catalogue");
    assertEquals(900, browse.duration().orElseThrow().toSeconds(), 900 * 0.05, browse.toString());
    assertTrue(browse.source().startsWith("events 2026-01-01..2026-01-28, median of "), browse.source());
    // Two touchpoints: the log times the stage, so their sum is the truth (45m, a little more as the median
    // of a sum of two spreads exceeds the sum of their medians) and the designed proportions (2:1) stay.
    long travel = touchpoint(calibrated, "collect", "travel").duration().orElseThrow().toSeconds();
    long pay = touchpoint(calibrated, "collect", "pay-before-fitting").duration().orElseThrow().toSeconds();
    assertEquals(2700, travel + pay, 2700 * 0.1);
    assertEquals(2.0, (double) travel / pay, 0.01);
    assertTrue(touchpoint(calibrated, "collect", "travel").source().endsWith("67% of it as designed"),
        touchpoint(calibrated, "collect", "travel").source());
  }

  private static dev.slippers.model.Touchpoint touchpoint(Journey journey, String stage, String id) {
    return journey.stage(stage).orElseThrow().touchpoints().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
