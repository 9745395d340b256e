package dev.slippers.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneySimulatorTest {

  static Journey supportLoop() {
    Path folder = Path.of("src/test/resources/analysis");
    LoadResult result = new JourneyLoader(folder).load(folder.resolve("support-loop.yaml"));
    return result.journey().orElseThrow();
  }

  /**
   * support-loop: ask → resolve 80%, quit 10%, lost 10%; resolve → done 50%, back to ask 50%. Every
   * stage has one touchpoint (write, call) or none (done, quit: their ids). Over 20,000 cases ask is
   * left about 33,000 times (5/3 visits per case), so a share's standard error is at most
   * sqrt(0.25 / 33,000) = 0.0028; tolerance 0.012, four of them. Success is 2/3 (docs/analysis.md
   * section 13), standard error sqrt(2/9 / 20,000) = 0.0033.
   */
  @Test
  void empiricalSharesConvergeToTheJourneysShares() {
    Map<String, String> stageOf = Map.of("write", "ask", "call", "resolve", "done", "done", "quit", "quit");
    Map<String, Integer> moves = new HashMap<>();
    Map<String, Integer> departures = new HashMap<>();
    List<SimulatedEvent> events = JourneySimulator.simulate(supportLoop(), 20_000, 42);
    int successes = 0;
    for (int i = 0; i < events.size(); i++) {
      SimulatedEvent e = events.get(i);
      String from = stageOf.get(e.activity());
      boolean last = i + 1 == events.size() || !events.get(i + 1).caseId().equals(e.caseId());
      if (from.equals("done") || from.equals("quit")) {
        successes += from.equals("done") ? 1 : 0;
        continue;
      }
      departures.merge(from, 1, Integer::sum);
      moves.merge(from + ">" + (last ? "lost" : stageOf.get(events.get(i + 1).activity())), 1, Integer::sum);
    }
    double ask = departures.get("ask");
    double resolve = departures.get("resolve");
    assertEquals(0.8, moves.get("ask>resolve") / ask, 0.012);
    assertEquals(0.1, moves.get("ask>quit") / ask, 0.012);
    assertEquals(0.1, moves.get("ask>lost") / ask, 0.012);
    assertEquals(0.5, moves.get("resolve>done") / resolve, 0.012);
    assertEquals(0.5, moves.get("resolve>ask") / resolve, 0.012);
    assertEquals(null, moves.get("resolve>lost"));
    assertEquals(2.0 / 3, successes / 20_000.0, 0.013);
  }

  @Test
  void timesChannelsAndOrderFollowTheJourney() {
    List<SimulatedEvent> events = JourneySimulator.simulate(supportLoop(), 2_000, 1);
    assertEquals("case-0001", events.get(0).caseId());
    assertEquals("write", events.get(0).activity());
    assertEquals("chat", events.get(0).channel());
    double sum = 0;
    int n = 0;
    for (int i = 0; i + 1 < events.size(); i++) {
      SimulatedEvent a = events.get(i);
      SimulatedEvent b = events.get(i + 1);
      if (a.caseId().equals(b.caseId())) {
        assertTrue(!b.timestamp().isBefore(a.timestamp()));
        if (a.activity().equals("write")) {
          sum += Math.log(Math.max(1, Duration.between(a.timestamp(), b.timestamp()).toSeconds()) / 120.0);
          n++;
        }
      }
    }
    // Log-normal spread with median 120 s: the mean log ratio is 0 (sd 0.5 / sqrt(n), truncation to seconds aside).
    assertEquals(0, sum / n, 0.05);
  }

  @Test
  void theSameSeedGivesTheSameLog() throws Exception {
    assertEquals(write(7), write(7));
    assertTrue(!write(7).equals(write(8)));
    assertTrue(write(7).startsWith(EventLogFormat.CSV_HEADER + "\ncase-001,write,2026-01-01T00:"));
  }

  private static String write(long seed) throws Exception {
    StringWriter out = new StringWriter();
    EventLogFormat.csv.header(out);
    for (SimulatedEvent e : JourneySimulator.simulate(supportLoop(), 100, seed)) {
      EventLogFormat.csv.write(out, e);
    }
    return out.toString();
  }
}
