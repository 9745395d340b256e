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

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @Test
  void htmlIsOnePageWithTheVerdictFirstWrittenToAFileOrPrinted() throws Exception {
    java.nio.file.Path page = dir.resolve("review/diff.html");
    CliRun run = CliRun.of("diff", STORE, MARKETPLACE, "--format", "html", "-o", page.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("slippers: wrote " + page + "\n", run.err());
    assertEquals("", run.out());
    String html = java.nio.file.Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    assertTrue(html.indexOf("id=\"verdict\"") < html.indexOf("id=\"figures\""), "the verdict first");
    assertTrue(html.contains("<b>No regression:</b>"), html);

    CliRun printed = CliRun.of("diff", STORE, MARKETPLACE, "--format", "html", "-o", "-");
    assertEquals(0, printed.exitCode(), printed.err());
    assertEquals(html, printed.out(), "-o - prints the same page");

    // A regression still writes the page, replacing the earlier diff, and the gate still trips.
    CliRun back = CliRun.of("diff", MARKETPLACE, STORE, "--format", "html", "-o", page.toString(), "--fail-on-regression");
    assertEquals(ExitCode.PROBLEMS, back.exitCode(), back.err());
    assertTrue(java.nio.file.Files.readString(page).contains("<b>Regression:</b> value, success, experience got worse"));
    assertTrue(back.err().contains("slippers: regression: "), back.err());
    try (var left = java.nio.file.Files.list(page.getParent())) {
      assertEquals(java.util.List.of(page), left.toList(), "no temporary file left beside it");
    }
  }

  @Test
  void outputNeverReplacesAFileSlippersDidNotWriteNorAJourney() throws Exception {
    java.nio.file.Path notes = java.nio.file.Files.writeString(dir.resolve("notes.html"), "<p>my notes</p>\n");
    CliRun refused = CliRun.of("diff", STORE, MARKETPLACE, "--format", "html", "-o", notes.toString());
    assertEquals(ExitCode.USAGE_OR_IO, refused.exitCode());
    assertEquals("slippers: -o " + notes + " exists and is not an earlier slippers diff, so it is not replaced; give"
        + " another file or remove it first", refused.err().strip());
    assertEquals("<p>my notes</p>\n", java.nio.file.Files.readString(notes), "untouched");

    java.nio.file.Files.copy(java.nio.file.Path.of("../journeys/catalogue.yaml"), dir.resolve("catalogue.yaml"));
    java.nio.file.Path journey = java.nio.file.Files.copy(java.nio.file.Path.of(MARKETPLACE), dir.resolve("m.yaml"));
    CliRun self = CliRun.of("diff", STORE, journey.toString(), "-o", journey.toString());
    assertEquals(ExitCode.USAGE_OR_IO, self.exitCode());
    assertTrue(self.err().contains("is one of the journeys compared; give another file"), self.err());
    assertEquals(java.nio.file.Files.readString(java.nio.file.Path.of(MARKETPLACE)), java.nio.file.Files.readString(journey));

    // Every format's earlier diff is recognised by its content, so a second run replaces it.
    for (String format : java.util.List.of("text", "markdown", "json", "html")) {
      java.nio.file.Path file = dir.resolve("diff-" + format);
      assertEquals(0, CliRun.of("diff", STORE, MARKETPLACE, "--format", format, "-o", file.toString()).exitCode());
      CliRun again = CliRun.of("diff", STORE, MARKETPLACE, "--format", format, "-o", file.toString());
      assertEquals(0, again.exitCode(), format + ": " + again.err());
    }
  }
}
