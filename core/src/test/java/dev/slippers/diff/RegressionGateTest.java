package dev.slippers.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate of {@code diff --fail-on-regression} on the bundled journeys, edited as a team would. */
class RegressionGateTest {

  private static final Path JOURNEYS = Path.of("..").resolve("journeys").toAbsolutePath().normalize();

  private static Journey parse(String yaml) {
    LoadResult result = new JourneyLoader(JOURNEYS).parse(JOURNEYS.resolve("edited.yaml").toString(), yaml);
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList());
    return result.journey().orElseThrow();
  }

  private static JourneyDiff diff(Journey before, Journey after) {
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    return JourneyDiffer.diff(before, analyzer.analyze(before), after, analyzer.analyze(after));
  }

  @Test
  void moreCustomersContinuingIsNotARegression() throws Exception {
    String yaml = Files.readString(JOURNEYS.resolve("shirt-store.yaml"));
    String more = yaml.replace("{from: need, to: order, share: 70%}", "{from: need, to: order, share: 80%}");
    JourneyDiff diff = diff(parse(yaml), parse(more));
    assertTrue(diff.frictionGrew(), "more customers meet the later pains, so total friction grows");
    assertTrue(diff.successAfter() > diff.successBefore());
    assertFalse(diff.experienceWorsened(), diff.experienceBefore() + " -> " + diff.experienceAfter());
    assertFalse(diff.regressed(), String.join(", ", diff.regressions()));
  }

  @Test
  void complaintsTurnedIntoFailuresAreARegression() throws Exception {
    String yaml = Files.readString(JOURNEYS.resolve("curtain-cleaning.yaml"));
    String worse = yaml.replace("    name: Files a formal complaint and posts the video publicly\n    outcome: complaint",
        "    name: Files a formal complaint and posts the video publicly\n    outcome: failure");
    JourneyDiff diff = diff(parse(yaml), parse(worse));
    assertEquals(diff.successBefore(), diff.successAfter(), 1e-12, "success does not move");
    assertTrue(diff.experienceWorsened(), diff.experienceBefore() + " -> " + diff.experienceAfter());
    assertTrue(diff.regressed());
  }
}
