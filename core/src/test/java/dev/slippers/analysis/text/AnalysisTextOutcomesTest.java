package dev.slippers.analysis.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code slippers analyze}'s outcome line adds up to 100.0%, as the report's outcome list does. */
class AnalysisTextOutcomesTest {

  /** What {@code analyze} prints for a journey that leaves its first stage by these transitions. */
  private static String analysed(String transitions) {
    Journey journey = journey(transitions);
    return AnalysisText.render(journey, new JourneyAnalyzer().analyze(journey), Optional.empty());
  }

  private static Journey journey(String transitions) {
    String yaml = """
        slippers: 1
        id: thirds
        title: Three ways out
        stages:
          - {id: choose, name: Chooses}
          - {id: keep, name: Keeps it, outcome: success}
          - {id: refunded, name: Gets the money back, outcome: refund}
          - {id: angry, name: Leaves angry, outcome: failure}
        transitions:
        """ + transitions;
    return new JourneyLoader(Path.of(".")).parse("thirds.yaml", yaml).validJourney().orElseThrow();
  }

  @Test
  void threeThirdsAddUpToAWhole() {
    // Each a third: rounded alone 33.3% three times, 99.9%; together the tie goes to the outcome a page
    // lists first, success.
    String text = analysed("""
          - {from: choose, to: keep, share: 0.3333333333333333}
          - {from: choose, to: refunded, share: 0.3333333333333333}
          - {from: choose, to: angry, share: 0.3333333333333334}
        """);
    assertTrue(text.contains("Outcomes: failure 33.3%, lost 0.0%, refund 33.3%, success 33.4%"), text);
  }

  @Test
  void aShareTooSmallForATenthStillShows() {
    String text = analysed("""
          - {from: choose, to: keep, share: 0.9996}
          - {from: choose, to: refunded, share: 0.0003}
          - {from: choose, to: angry, share: 0.0001}
        """);
    assertTrue(text.contains("Outcomes: failure <0.1%, lost 0.0%, refund <0.1%, success 100.0%"), text);
  }
}
