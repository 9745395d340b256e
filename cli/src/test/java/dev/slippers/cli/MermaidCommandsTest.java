package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidCommandsTest {

  private static final Path SHIRT_STORE = Path.of("../journeys/shirt-store.yaml");

  @TempDir Path dir;

  @Test
  void importWritesAValidJourneyAndSaysWhatItAssumed() throws Exception {
    Path mmd = Files.writeString(dir.resolve("day.mmd"), """
        journey
          title My working day
          section Go to work
            Make tea: 5: Me
            Do work: 1: Me, Cat
          section Go home
            Sit down: 5: Me
        """);
    Path yaml = dir.resolve("out/day.yaml");
    CliRun run = CliRun.of("import", "mermaid", mmd.toString(), "-o", yaml.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("slippers: assumed customers go through the 2 section(s) in order"), run.err());
    assertTrue(run.err().contains("slippers: assumed scores 1..5 became emotions -2..2 (score minus 3)"), run.err());
    assertTrue(run.err().contains("slippers: wrote " + yaml + " (journey my-working-day, 2 stages)"), run.err());
    LoadResult result = new JourneyLoader(yaml.getParent()).load(yaml);
    assertEquals(List.of(), result.diagnostics());
    Journey journey = result.journey().orElseThrow();
    assertEquals(List.of("Make tea", "Do work", "Sit down"), journey.touchpoints().stream().map(Touchpoint::action).toList());

    CliRun again = CliRun.of("import", "mermaid", mmd.toString(), "-o", yaml.toString());
    assertEquals(ExitCode.USAGE_OR_IO, again.exitCode());
    assertTrue(again.err().contains("-o " + yaml + " exists; import writes only new files"), again.err());
  }

  @Test
  void importPrintsTheJourneyWithoutOutput() throws Exception {
    Path mmd = Files.writeString(dir.resolve("day.mmd"), "journey\n  section Only\n    Wait: 2\n");
    CliRun run = CliRun.of("import", "mermaid", mmd.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# Imported from day.mmd by 'slippers import mermaid'"), run.out());
    assertTrue(run.out().contains("id: day\n"), run.out());
    assertTrue(run.err().contains("the diagram has no title; the file name 'day' is used"), run.err());
  }

  @Test
  void malformedMermaidGetsLocatedProblemsAndExitOne() throws Exception {
    Path mmd = Files.writeString(dir.resolve("bad.mmd"), "journey\n  section A\n    Pay: ten: Me\n");
    CliRun run = CliRun.of("import", "mermaid", mmd.toString());
    assertEquals(ExitCode.PROBLEMS, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(mmd + ":3:10: error: the score 'ten' of the task 'Pay' is not a whole number"), run.err());
    assertTrue(run.err().contains("slippers: " + mmd + " was not imported; fix the problems above"), run.err());
  }

  @Test
  void importAloneIsAUsageError() {
    CliRun run = CliRun.of("import");
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertTrue(run.err().contains("import needs a format: slippers import mermaid FILE.mmd"), run.err());
  }

  @Test
  void exportThenImportThroughTheCommandsKeepsTheMostLikelyPath() throws Exception {
    Path mmd = dir.resolve("shirt.mmd");
    CliRun export = CliRun.of("export", "--format", "mermaid", SHIRT_STORE.toString(), "-o", mmd.toString());
    assertEquals(ExitCode.OK, export.exitCode(), export.err());
    Path yaml = dir.resolve("shirt.yaml");
    CliRun back = CliRun.of("import", "mermaid", mmd.toString(), "-o", yaml.toString());
    assertEquals(ExitCode.OK, back.exitCode(), back.err());
    Journey original = new JourneyLoader(SHIRT_STORE.getParent()).load(SHIRT_STORE).journey().orElseThrow();
    Journey imported = new JourneyLoader(dir).load(yaml).validJourney().orElseThrow();
    List<String> path = Analyses.analyze(original).paths().mostLikely().orElseThrow().stages();
    assertEquals(path.stream().map(id -> original.stage(id).orElseThrow().name()).toList(),
        imported.stages().stream().map(Stage::name).toList());

    // A second export may replace the first; a file of the user's own may not be replaced.
    assertEquals(ExitCode.OK, CliRun.of("export", "--format", "mermaid", SHIRT_STORE.toString(), "-o", mmd.toString()).exitCode());
    Path mine = Files.writeString(dir.resolve("notes.mmd"), "journey\n  title mine\n");
    CliRun refused = CliRun.of("export", "--format", "mermaid", SHIRT_STORE.toString(), "-o", mine.toString());
    assertEquals(ExitCode.USAGE_OR_IO, refused.exitCode());
    assertTrue(refused.err().contains("is not an earlier Slippers export, so it is not replaced"), refused.err());
    assertEquals("journey\n  title mine\n", Files.readString(mine));
  }

  @Test
  void exportPrintsTheFlowchartAndRefusesAnUnknownFormat() {
    CliRun run = CliRun.of("export", "--format", "mermaid-flowchart", SHIRT_STORE.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("flowchart LR\n"), run.out());
    assertTrue(run.out().contains("==>|\""), "the most likely path is drawn thick");
    CliRun bad = CliRun.of("export", "--format", "plantuml", SHIRT_STORE.toString());
    assertEquals(ExitCode.USAGE_OR_IO, bad.exitCode());
    assertTrue(bad.err().contains("'plantuml' is not a format; choose mermaid or mermaid-flowchart"), bad.err());
  }

  @Test
  void theMarkdownReportEmbedsBothDiagramsForGitHub() {
    CliRun run = CliRun.of("report", SHIRT_STORE.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String md = run.out();
    int journey = md.indexOf("```mermaid\njourney\n");
    int flowchart = md.indexOf("```mermaid\nflowchart LR\n");
    assertTrue(journey > 0 && flowchart > journey, md);
    assertTrue(md.contains("### The journey in Mermaid"), md);
    String block = md.substring(flowchart, md.indexOf("```\n", flowchart + 3) + 4);
    assertFalse(block.contains("\\"), "Markdown escaping stays out of the Mermaid block: " + block);
  }

  /** A Russian journey's export begins with Russian words; a second export still replaces the first. */
  @Test
  void aRussianExportIsRecognisedAndReplacedByTheNextOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path out = dir.resolve("lab-tests.mmd");
    for (String format : new String[] {"mermaid", "mermaid", "mermaid-flowchart"}) {
      CliRun run = CliRun.of("export", "--format", format, "../journeys/lab-tests.yaml", "-o", out.toString());
      assertEquals(ExitCode.OK, run.exitCode(), format + ": " + run.err());
    }
    assertTrue(java.nio.file.Files.readString(out).startsWith("flowchart LR\n  %% Граф этапов Slippers"));
    java.nio.file.Files.writeString(out, "flowchart LR\n  %% my own notes\n");
    assertEquals(ExitCode.USAGE_OR_IO, CliRun.of("export", "--format", "mermaid", "../journeys/lab-tests.yaml", "-o",
        out.toString()).exitCode());
  }
  /** A linear journey of {@code stages} stages of {@code touchpoints} touchpoints, each with an action of a few words. */
  private Path longJourney(int stages, int touchpoints) throws Exception {
    StringBuilder yaml = new StringBuilder("slippers: 1\nid: long\ntitle: A long journey\nentry: s1\nstages:\n");
    for (int s = 1; s <= stages; s++) {
      yaml.append("  - id: s").append(s).append("\n    name: Step ").append(s).append(" of a long journey\n    touchpoints:\n");
      for (int t = 1; t <= touchpoints; t++) {
        yaml.append("      - {id: s").append(s).append("-t").append(t).append(", action: Does task ").append(t)
            .append(" of step ").append(s).append(" and checks the result, emotion: 0}\n");
      }
    }
    yaml.append("  - {id: done, name: Done, outcome: success}\ntransitions:\n");
    for (int s = 1; s <= stages; s++) {
      yaml.append("  - {from: s").append(s).append(", to: ").append(s < stages ? "s" + (s + 1) : "done").append("}\n");
    }
    return Files.writeString(dir.resolve("long.yaml"), yaml);
  }

  @Test
  void aDiagramMermaidWouldRefuseIsWrittenWithAWarningAndLeftOutOfTheReport() throws Exception {
    // 100 stages of 10 touchpoints: about 57,000 characters, over Mermaid's default 50,000.
    Path journey = longJourney(100, 10);
    CliRun export = CliRun.of("export", "--format", "mermaid", journey.toString());
    assertEquals(ExitCode.OK, export.exitCode(), export.err());
    assertTrue(export.out().length() > 50_000, "the diagram is " + export.out().length() + " characters");
    assertTrue(export.err().contains("slippers: warning: the diagram is " + String.format(java.util.Locale.ROOT, "%,d",
        export.out().length()) + " characters, more than the 50,000 Mermaid draws by default"), export.err());

    Path out = dir.resolve("report");
    CliRun report = CliRun.of("report", journey.toString(), "-o", out.toString(), "--format", "md");
    assertEquals(ExitCode.OK, report.exitCode(), report.err());
    String markdown = Files.readString(out.resolve("long-report.md"));
    assertTrue(markdown.contains("The journey diagram of the most likely path in Mermaid would be"), markdown);
    assertFalse(markdown.contains("```mermaid\njourney"), "the journey diagram is left out");
    assertTrue(markdown.contains("```mermaid\nflowchart LR"), "the flowchart, short enough, stays");

    // A short journey's export says nothing more.
    CliRun small = CliRun.of("export", "--format", "mermaid", longJourney(3, 2).toString());
    assertEquals(ExitCode.OK, small.exitCode());
    assertFalse(small.err().contains("warning"), small.err());
  }
}
