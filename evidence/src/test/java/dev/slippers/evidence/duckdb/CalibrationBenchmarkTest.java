package dev.slippers.evidence.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.JourneyMapping;
import dev.slippers.evidence.LogFormat;
import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import dev.slippers.simulate.JourneySimulator;
import dev.slippers.simulate.SimulatedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration benchmark's code path on a small log, as CI can afford: the counts of the
 * calibration equal DuckDB's own on the same file, the report has its figures; never its timings.
 */
class CalibrationBenchmarkTest {

  static Journey shirtStore() {
    return new JourneyLoader(Path.of("..")).load(Path.of("../journeys/shirt-store.yaml")).journey().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(value = LogFormat.class, names = {"CSV", "PARQUET"}, mode = Mode.INCLUDE)
  void countsOfTheCalibrationEqualDuckDbsOwnOnTheSameFile(LogFormat format, @TempDir Path dir) throws Exception {
    Journey journey = shirtStore();
    List<CalibrationBenchmark.Row> reported = new ArrayList<>();
    List<CalibrationBenchmark.Row> rows = CalibrationBenchmark.run(journey,
        new CalibrationBenchmark.Settings(List.of(5_000L, 10_000L), format, 3, 2, "512MB", 2, dir), reported::add);

    assertEquals(rows, reported);
    assertEquals(2, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CalibrationBenchmark.Row row = rows.get(i);
      long wanted = i == 0 ? 5_000 : 10_000;
      // Whole cases: at least the size asked for, at most one case's events more than it on average.
      assertTrue(row.events() >= wanted && row.events() < wanted * 1.1, row.toString());
      assertEquals(row.events(), row.scanEvents(), "the scan's events");
      assertEquals(row.cases(), row.sequenceCases(), "the ordering's cases");
      // The oracle, in Java: the simulated cases' events, and their visits (a change of stage
      // within a case; the simulator reports each case's events in time order).
      List<SimulatedEvent> events = JourneySimulator.simulate(journey, (int) row.cases(), 3);
      ActivityMapping mapping = JourneyMapping.of(journey, events.stream().map(SimulatedEvent::activity).distinct().toList());
      long visits = 0;
      for (int e = 0; e < events.size(); e++) {
        String stage = mapping.stageOf().get(events.get(e).activity());
        boolean sameCase = e > 0 && events.get(e - 1).caseId().equals(events.get(e).caseId());
        if (stage != null && !(sameCase && stage.equals(mapping.stageOf().get(events.get(e - 1).activity())))) {
          visits++;
        }
      }
      assertEquals(events.size(), row.events(), "the log holds the simulated cases' events");
      assertEquals(visits, row.transitions(), "departures, one per visit");
      assertTrue(visits < row.events(), "some stages have two touchpoints in a row, so fewer visits than events");
      assertTrue(row.fileBytes() > 0 && row.scanSeconds() > 0 && row.sequenceSeconds() > 0 && row.calibrateSeconds() > 0,
          row.toString());
      assertEquals(row.calibrateSeconds() / row.scanSeconds(), row.ratioToScan(), 1e-12);
      assertEquals(row.events() / row.calibrateSeconds(), row.eventsPerSecond(), 1e-6);
      assertTrue(row.peakHeapBytes() > 0 && row.peakDuckDbBytes() > 0, row.toString());
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList(), "the logs are deleted after their row");
    }
  }
}
