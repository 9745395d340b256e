package dev.slippers.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Persona;
import dev.slippers.model.Stage;
import dev.slippers.model.Touchpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MermaidTest {

  /** Mermaid's own documentation example, with accessibility lines and comments added. */
  static final String WORKING_DAY = """
      %% a comment before the keyword
      journey
        title My working day
        accTitle: Very simple journey demo
        accDescr: Two sections, work and home
        section Go to work
          Make tea: 5: Me
          Go upstairs: 3: Me   %% a trailing comment
          Do work: 1: Me, Cat
        section Go home
          Go downstairs: 5: Me
          Sit down: 5: Me
      """;

  private static Journey importText(String text) {
    MermaidJourneyParser.Result parsed = MermaidJourneyParser.parse("day.mmd", text);
    assertEquals(List.of(), parsed.problems());
    return MermaidImport.toJourney(parsed.journey().orElseThrow(), "day").journey();
  }

  /** The YAML a journey becomes, read back and validated: what `slippers import` writes. */
  private static LoadResult reread(Journey journey) {
    return new JourneyLoader(Path.of(".")).parse("imported.yaml", JourneyWriter.write(journey));
  }

  @Test
  void theDocumentationExampleBecomesAValidJourneyInALine() {
    MermaidImport.Imported imported = MermaidImport.toJourney(
        MermaidJourneyParser.parse("day.mmd", WORKING_DAY).journey().orElseThrow(), "day");
    Journey journey = imported.journey();
    assertEquals("my-working-day", journey.id());
    assertEquals("My working day", journey.title());
    assertEquals("Two sections, work and home", journey.description());
    assertEquals(List.of("go-to-work", "go-home"), journey.stages().stream().map(Stage::id).toList());
    assertEquals(Optional.of("success"), journey.stages().get(1).outcome());
    assertEquals(1, journey.transitions().size());
    assertEquals(List.of("me", "cat"), journey.personas().stream().map(Persona::id).toList());
    assertEquals(Optional.of("me"), journey.persona());
    Touchpoint work = journey.stages().get(0).touchpoints().get(2);
    assertEquals("Do work", work.action());
    assertEquals(Map.of("me", -2, "cat", -2), work.emotion().orElseThrow().perPersona());
    assertEquals(2, journey.stages().get(0).touchpoints().get(0).emotion().orElseThrow().forPersona(Optional.of("me")));
    assertTrue(imported.assumptions().stream().anyMatch(a -> a.contains("the last one ('Go home') is the success outcome")),
        imported.assumptions().toString());
    assertTrue(imported.assumptions().contains("accTitle 'Very simple journey demo' is not kept (the title is)"));
    assertTrue(imported.assumptions().contains("2 comment(s) and directive(s) are not kept"), imported.assumptions().toString());
    LoadResult result = reread(journey);
    assertEquals(List.of(), result.diagnostics());
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(result.validJourney().orElseThrow());
    assertEquals(1.0, analysis.successProbability(), 1e-12);
  }

  @Test
  void malformedMermaidIsReportedAtItsLineAndColumn() {
    String text = """
        journey
          title Broken
          section Order
            Pick a size: five: Me
            Pay: 7: Me
            Wait for the courier
            Sign; and go: 3
        """;
    List<String> problems = MermaidJourneyParser.parse("broken.mmd", text).problems().stream().map(Diagnostic::format).toList();
    assertEquals(List.of(
        "broken.mmd:4:18: error: the score 'five' of the task 'Pick a size' is not a whole number (give a score from 1 "
            + "(bad) to 5 (good) after the name, e.g. 'Pick a size: 3: Me') [mermaid.syntax]",
        "broken.mmd:5:10: error: the score 7 of the task 'Pay' is out of range (scores go from 1 (bad) to 5 (good); "
            + "they become emotions from -2 to 2) [mermaid.syntax]",
        "broken.mmd:6:5: error: 'Wait for the courier' is neither a statement nor a task (a task is written 'Task "
            + "name: score: actor, actor', e.g. 'Make tea: 5: Me') [mermaid.syntax]",
        "broken.mmd:7:9: error: ';' is not allowed in a Mermaid journey (Mermaid reads no ';' here; remove it or write "
            + "the text without it) [mermaid.syntax]"), problems);
  }

  /**
   * Found by MermaidImportFuzzTest: a control character in a section name was taken, and the journey
   * written from it failed validation, so `slippers import mermaid` ended with an internal error.
   */
  @Test
  void aCharacterNoOutputCanHoldIsAProblemAtItsPlaceNotAnInvalidImport() {
    MermaidJourneyParser.Result parsed = MermaidJourneyParser.parse("day.mmd",
        "journey\n  title Day\n  section Off\u0011ice\n    Work: 3: Me\n");
    assertTrue(parsed.journey().isEmpty());
    assertEquals(List.of("day.mmd:3:14: error: this line holds U+0011, a character that maps, pages and reports cannot hold"
            + " (remove it; tabs and every printable character, emoji included, are fine) [text.invalid-character]"),
        parsed.problems().stream().map(Diagnostic::format).toList());
    // Emoji and other printable characters stay as written.
    Journey journey = MermaidImport.toJourney(MermaidJourneyParser.parse("day.mmd",
        "journey\n  title Day \uD83C\uDF55\n  section Office\n    Work: 3: Me\n").journey().orElseThrow(), "day").journey();
    assertEquals("Day \uD83C\uDF55", journey.title());
  }

  @Test
  void anotherKindOfDiagramIsRefusedAtItsFirstStatement() {
    MermaidJourneyParser.Result result = MermaidJourneyParser.parse("flow.mmd", "\n  flowchart LR\n  a --> b\n");
    assertTrue(result.journey().isEmpty());
    assertEquals("flow.mmd:2:3: error: expected 'journey', found 'flowchart' (only Mermaid journey diagrams can be "
        + "imported; the first statement must be 'journey') [mermaid.syntax]", result.problems().get(0).format());
  }

  @Test
  void frontMatterTitleMultiLineDescriptionAndTasksBeforeAnySection() {
    Journey journey = importText("""
        ---
        title: "Из приложения"
        ---
        journey
          accDescr {
            Две строки
            описания
          }
          Открыть приложение: 4
          section Оплата
            Оплатить: 2
        """);
    assertEquals("Из приложения", journey.title());
    assertEquals("Две строки\nописания", journey.description());
    assertEquals(dev.slippers.model.Language.RU, journey.language());
    assertEquals(List.of("Из приложения", "Оплата"), journey.stages().stream().map(Stage::name).toList());
    assertEquals(List.of("stage-1", "stage-2"), journey.stages().stream().map(Stage::id).toList());
    assertEquals(1, journey.stages().get(0).touchpoints().get(0).emotion().orElseThrow().value());
    assertEquals(List.of(), reread(journey).diagnostics());
  }

  static Stream<Path> bundledJourneys() throws IOException {
    Path journeys = root().resolve("journeys");
    List<Path> files = new ArrayList<>();
    for (Path file : JourneyLoader.discover(journeys)) {
      if (!file.getFileName().toString().equals("catalogue.yaml")) {
        files.add(file);
      }
    }
    return files.stream();
  }

  /**
   * Export then import keeps the most likely path's stages (names, in order), their touchpoints
   * (actions, in order) and every persona's emotion at every touchpoint.
   */
  @ParameterizedTest
  @MethodSource("bundledJourneys")
  void exportThenImportKeepsStagesTouchpointsAndEmotions(Path file) {
    Journey original = new JourneyLoader(file.getParent()).load(file).validJourney().orElseThrow();
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(original);
    String mermaid = MermaidExport.journey(original, analysis);
    MermaidJourneyParser.Result parsed = MermaidJourneyParser.parse("exported.mmd", mermaid);
    assertEquals(List.of(), parsed.problems(), mermaid);
    Journey back = MermaidImport.toJourney(parsed.journey().orElseThrow(), original.id()).journey();
    assertEquals(List.of(), reread(back).diagnostics(), mermaid);

    List<Stage> path = analysis.paths().mostLikely().orElseThrow().stages().stream()
        .map(id -> original.stage(id).orElseThrow()).toList();
    assertEquals(path.stream().map(Stage::displayName).toList(), back.stages().stream().map(Stage::name).toList());
    assertEquals(original.title(), back.title());
    assertEquals(original.language(), back.language());
    for (int s = 0; s < path.size(); s++) {
      assertEquals(feelings(original, path.get(s)), feelings(back, back.stages().get(s)), path.get(s).id());
    }
  }

  /** Each touchpoint's action with what every persona (by name) feels there, in order. */
  private static List<Map<String, Object>> feelings(Journey journey, Stage stage) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Touchpoint t : stage.touchpoints()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("action", t.action());
      for (Persona p : journey.personas()) {
        row.put(p.displayName(), t.emotion().map(e -> e.forPersona(Optional.of(p.id()))).orElse(0));
      }
      if (journey.personas().isEmpty()) {
        row.put("everyone", t.emotion().map(e -> e.value()).orElse(0));
      }
      out.add(row);
    }
    return out;
  }

  @Test
  void namesThatMermaidWouldMisreadStayNames() {
    Journey journey = importText("""
        journey
          title Start
          section One
            Task: 3: A
        """);
    Stage stage = journey.stages().get(0);
    Touchpoint tricky = new Touchpoint("t", Optional.empty(), "customer", "Title deed: check # 2; then %% sign", Optional.empty(),
        Optional.of(dev.slippers.model.Emotion.of(-1)), "", List.of(), List.of(), List.of(), List.of());
    Stage renamed = new Stage(stage.id(), "Section: paperwork", "", stage.outcome(), List.of(tricky), List.of(), List.of(),
        Map.of());
    Journey edited = new Journey(1, journey.id(), "A title; with # marks", journey.language(), journey.persona(),
        List.of(new Persona("a", "Smith, John", "", "")), List.of(), stage.id(), List.of(renamed), List.of(),
        journey.scoring(), Optional.empty(), "");
    String mermaid = MermaidExport.journey(edited, new JourneyAnalyzer().analyze(edited));
    MermaidJourney back = MermaidJourneyParser.parse("x.mmd", mermaid).journey().orElseThrow();
    assertEquals("A title； with ＃ marks", back.title());
    assertEquals("Section꞉ paperwork", back.sections().get(0).name());
    MermaidJourney.Task task = back.sections().get(0).tasks().get(0);
    assertEquals("Title deed꞉ check ＃ 2； then % % sign", task.name());
    assertEquals(2, task.score());
    assertEquals(List.of("Smith， John"), task.actors());
  }

  @Test
  void theFlowchartHasEveryStageEveryShareAndTheDropOff() throws IOException {
    Path file = root().resolve("journeys/shirt-store.yaml");
    Journey journey = new JourneyLoader(file.getParent()).load(file).validJourney().orElseThrow();
    String flowchart = MermaidExport.flowchart(journey, new JourneyAnalyzer().analyze(journey));
    assertTrue(flowchart.startsWith("flowchart LR\n"), flowchart);
    for (int i = 0; i < journey.stages().size(); i++) {
      assertTrue(flowchart.contains("  s" + i + "[\"") || flowchart.contains("  s" + i + "([\""), "stage " + i);
    }
    long arrows = flowchart.lines().filter(l -> l.contains("-->|") || l.contains("==>|")).count();
    assertEquals(journey.transitions().size(), arrows, flowchart);
    assertFalse(flowchart.contains("\"\""), flowchart);
  }

  @Test
  void flowchartLabelsAreEscapedAndSharesAddUpPerStage() {
    Journey journey = importText("""
        journey
          title T
          section A "quoted" <b>&</b> | `tick` #1
            Go: 3
          section B
            Stop: 3
        """);
    String flowchart = MermaidExport.flowchart(journey, new JourneyAnalyzer().analyze(journey));
    assertEquals("""
        flowchart LR
          %% Slippers stage graph of t: shares of the customers leaving each stage; the most likely path is drawn thick.
          s0["A #quot;quoted#quot; #lt;b#gt;#amp;#lt;/b#gt; #124; #96;tick#96;"]
          s1(["B (success)"])
          s0 ==>|"100%"| s1
          classDef good fill:#d9f2e3,stroke:#1e7a46
          classDef bad fill:#fbe3e1,stroke:#b3261e
          classDef ended fill:#eeeeee,stroke:#555555
          class s1 good
        """, flowchart);
  }

  @Test
  void percentagesAreShortAndRounded() {
    assertEquals("85%", MermaidExport.percent(0.85));
    assertEquals("12.5%", MermaidExport.percent(0.125));
    assertEquals("33.3%", MermaidExport.percent(1 / 3.0));
    assertEquals("100%", MermaidExport.percent(0.99999));
  }

  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("journeys")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
