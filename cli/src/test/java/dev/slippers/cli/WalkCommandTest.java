package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkCommandTest {

  @TempDir Path out;

  private static List<String> stagesWalked(Path html) throws Exception {
    Matcher m = Pattern.compile("<section class=\"step\" id=\"step-\\d+\" data-stage=\"([^\"]+)\"").matcher(Files.readString(html));
    List<String> stages = new java.util.ArrayList<>();
    while (m.find()) {
      stages.add(m.group(1));
    }
    return stages;
  }

  @Test
  void walksTheMostLikelyPathByDefaultAndTheHighestFrictionOneOnRequest() throws Exception {
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(ReportCommandTest.load("shirt-store.yaml"));
    CliRun run = CliRun.of("walk", "../journeys/shirt-store.yaml", "-o", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Path html = out.resolve("shirt-store-walk.html");
    assertEquals("wrote " + html, run.out().strip());
    assertEquals(analysis.paths().mostLikely().orElseThrow().stages(), stagesWalked(html));

    CliRun rough = CliRun.of("walk", "../journeys/shirt-store.yaml", "-o", out.toString(), "--path", "highest-friction");
    assertEquals(0, rough.exitCode(), rough.err());
    assertEquals(analysis.paths().friction().get(0).stages(), stagesWalked(html));
  }

  @Test
  void walksAnExplicitPathAsAnotherPersona() throws Exception {
    CliRun run = CliRun.of("walk", "../journeys/shirt-store.yaml", "-o", out.toString(),
        "--path", "fitting,return,gave-up", "--persona", "now");
    assertEquals(0, run.exitCode(), run.err());
    Path html = out.resolve("shirt-store-walk.html");
    assertEquals(List.of("fitting", "return", "gave-up"), stagesWalked(html));
    assertTrue(Files.readString(html).contains("very negative"));
  }

  @Test
  void aPathOrPersonaTheJourneyDoesNotHaveIsAUsageError() {
    CliRun path = CliRun.of("walk", "../journeys/shirt-store.yaml", "-o", out.toString(), "--path", "need,fitting");
    assertEquals(ExitCode.USAGE_OR_IO, path.exitCode());
    assertEquals("slippers: ../journeys/shirt-store.yaml: the path goes from 'need' to 'fitting', but no transition joins them",
        path.err().strip());
    CliRun persona = CliRun.of("walk", "../journeys/shirt-store.yaml", "-o", out.toString(), "--persona", "ghost");
    assertEquals(ExitCode.USAGE_OR_IO, persona.exitCode());
    assertTrue(persona.err().contains("the journey has no persona 'ghost'"), persona.err());
    assertTrue(!Files.exists(out.resolve("shirt-store-walk.html")));
  }

  @Test
  void aMisspeltPathNameGetsADidYouMean() {
    CliRun run = CliRun.of("walk", "../journeys/shirt-store.yaml", "-o", out.toString(), "--path", "highest_friction");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertEquals("slippers: --path highest_friction: did you mean highest-friction?", run.err().strip());
    assertTrue(!Files.exists(out.resolve("shirt-store-walk.html")));
  }
}
