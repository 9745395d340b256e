package dev.slippers.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.evidence.Calibration.TransitionFit;
import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-worked log of DuckDbEngineTest against a small journey, every figure worked by hand. */
class CalibrationTest {

  static final String JOURNEY = """
      slippers: 1
      id: shop
      title: Shop
      stages:
        - id: browse
          name: Browses
          touchpoints: [{id: look, action: Looks, duration: 4m}]
        - id: pay
          name: Pays
          events: ['card_*']
        - {id: done, name: Done, outcome: success}
      transitions:
        - {from: browse, to: pay, share: 50%}
        - {from: pay, to: done, share: 100%}
      """;

  static Journey journey() {
    return new JourneyLoader(Path.of(".")).parse("shop.yaml", JOURNEY).journey().orElseThrow();
  }

  @Test
  void globsAndIdsMapActivities() {
    ActivityMapping m = JourneyMapping.of(journey(), List.of("browse", "card_pay", "card_[x]", "done", "look", "ping"));
    assertEquals(Map.of("browse", "browse", "card_pay", "pay", "card_[x]", "pay", "done", "done", "look", "browse"),
        m.stageOf());
  }

  @Test
  void wilsonMatchesTheHandWorkedFiguresAndCommonsMath() {
    // k = 3, n = 4: centre (0.75 + z^2/8) / (1 + z^2/4) = 0.62753, half-width 0.32689.
    double[] ci = Wilson.interval(3, 4);
    assertEquals(0.30064, ci[0], 1e-4);
    assertEquals(0.95442, ci[1], 1e-4);
    for (int n = 1; n <= 40; n += 3) {
      for (int k = 0; k <= n; k++) {
        var reference = new WilsonScoreInterval().createInterval(n, k, 0.95);
        assertEquals(reference.getLowerBound(), Wilson.interval(k, n)[0], 1e-9, k + "/" + n);
        assertEquals(reference.getUpperBound(), Wilson.interval(k, n)[1], 1e-9, k + "/" + n);
      }
    }
  }

  @Test
  void allOrNothingGivesAnExactBoundSoADesignedCertaintyDoesNotDrift() {
    for (long n = 1; n <= 5000; n++) {
      assertEquals(1.0, Wilson.interval(n, n)[1], 0.0, n + "/" + n);
      assertEquals(0.0, Wilson.interval(0, n)[0], 0.0, "0/" + n);
    }
  }

  @Test
  void driftUnmodelledDropOffConformanceAndOutcomes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("log.csv");
    Files.writeString(file, dev.slippers.evidence.duckdb.DuckDbEngineTest.LOG);
    Journey journey = journey();
    Calibration c;
    try (EventLogEngine engine = EventLogEngines.open("duckdb")) {
      EventLog log = EventLog.of(file);
      c = Calibration.of(journey, engine.observe(log, JourneyMapping.of(journey, engine.activities(log).keySet())));
    }
    // pay: 3 departures, 1 to done; designed 100% lies above Wilson(1, 3) = 0.06148..0.79236: drift, listed first.
    TransitionFit pay = c.transitions().get(0);
    assertEquals(List.of("pay", "done", 1L, 3L), List.of(pay.from(), pay.to(), pay.count(), pay.departures()));
    assertTrue(pay.drift());
    assertEquals(0.06148, pay.low(), 1e-4);
    assertEquals(0.79236, pay.high(), 1e-4);
    // browse: 3 of 4 to pay; designed 50% inside 0.30064..0.95442.
    TransitionFit browse = c.transitions().get(1);
    assertEquals(0.75, browse.observedShare(), 1e-12);
    assertFalse(browse.drift());
    assertEquals(List.of(new Calibration.Unmodelled("pay", "browse", 1, 1.0 / 3)), c.unmodelled());
    assertEquals(List.of(), c.neverSeen());
    assertEquals(0.25, c.stages().get(0).dropOff(), 1e-12);
    assertEquals(240.0, c.stages().get(0).designedSeconds().getAsDouble(), 1e-12);
    assertEquals(300.0, c.stages().get(0).medianSeconds().getAsDouble(), 1e-9);
    assertEquals(1.0 / 3, c.stages().get(1).dropOff(), 1e-12);
    // [browse] and [browse pay done] fit; [browse pay browse pay] uses the unmodelled pay -> browse.
    assertEquals(2.0 / 3, c.fitting(), 1e-12);
    assertEquals(List.of(new Observations.Variant(List.of("browse", "pay", "browse", "pay"), 1)), c.nonFitting());
    assertEquals(1.0 / 3, c.outcomes().get("done"), 1e-12);
    assertEquals(2.0 / 3, c.outcomes().get(Calibration.LOST), 1e-12);
    assertEquals(List.of(new Observations.ActivityCount("ping", 1)), c.unmapped());
  }
}
