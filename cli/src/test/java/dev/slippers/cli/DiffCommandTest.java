package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import org.junit.jupiter.api.Test;

class DiffCommandTest {

  private static final String STORE = "../journeys/shirt-store.yaml";
  private static final String MARKETPLACE = "../journeys/shirt-marketplace.yaml";

  @Test
  void storeToMarketplaceIsNoRegression() {
    CliRun run = CliRun.of("diff", STORE, MARKETPLACE, "--fail-on-regression");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("shirt-store -> shirt-marketplace\n"), run.out());
    assertTrue(run.out().contains("\nno regression\n"));
    assertTrue(run.out().contains("  - removed stage come-back ("), run.out());
    assertTrue(run.out().contains("  - removed pain point passport-required at return\n"), run.out());
    assertTrue(run.out().contains("  ~ changed transition fitting->return: share 55% -> 8%"), run.out());
  }

  @Test
  void marketplaceBackToStoreTripsTheGate() {
    CliRun run = CliRun.of("diff", MARKETPLACE, STORE, "--fail-on-regression");
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertEquals("slippers: regression: value per period fell and success probability fell and experience worsened",
        run.err().strip());
    assertEquals(0, CliRun.of("diff", MARKETPLACE, STORE).exitCode(), "without the gate a diff is only a report");
  }

  @Test
  void jsonCarriesTheAnalysesNumbers() throws Exception {
    CliRun run = CliRun.of("diff", STORE, MARKETPLACE, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    JourneyAnalysis before = analyzer.analyze(ReportCommandTest.load("shirt-store.yaml"));
    JourneyAnalysis after = analyzer.analyze(ReportCommandTest.load("shirt-marketplace.yaml"));
    assertEquals(before.successProbability(), root.at("/success/before").asDouble(), 1e-6);
    assertEquals(after.successProbability(), root.at("/success/after").asDouble(), 1e-6);
    assertEquals(before.totalFriction(), root.at("/friction/before").asDouble(), 1e-6);
    assertEquals(false, root.get("regressed").asBoolean());
    boolean passportRemoved = false;
    for (JsonNode change : root.get("changes")) {
      passportRemoved |= change.get("kind").asText().equals("removed") && change.get("id").asText().equals("passport-required");
    }
    assertTrue(passportRemoved);
  }

  @Test
  void markdownIsReadyForAPullRequest() {
    CliRun run = CliRun.of("diff", STORE, MARKETPLACE, "--format", "markdown");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("## Journey diff: shirt-store → shirt-marketplace\n"), run.out());
    assertTrue(run.out().contains("- \\- removed stage come-back"), run.out());
  }

  @Test
  void aFolderOrAnInvalidJourneyIsRefused() {
    CliRun folder = CliRun.of("diff", "../journeys", MARKETPLACE);
    assertEquals(ExitCode.USAGE_OR_IO, folder.exitCode());
    assertTrue(folder.err().contains("is a folder; diff compares two journey files"), folder.err());
    CliRun invalid = CliRun.of("diff", "../core/src/test/resources/invalid/values.yaml", MARKETPLACE);
    assertEquals(ExitCode.PROBLEMS, invalid.exitCode());
    assertTrue(invalid.err().contains("values.yaml:"), invalid.err());
  }
}
