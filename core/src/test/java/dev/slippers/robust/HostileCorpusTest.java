package dev.slippers.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One file per kind of input that once crashed Slippers (the fuzz tests' seed corpus too). Each
 * file's first line says what must come of it: {@code # expect: rule line:col}, a located problem,
 * or {@code # expect: valid}, a journey every analysis takes.
 */
class HostileCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachEndsAsItsFirstLineSays(Path file) throws IOException {
    String expect = Files.readAllLines(file).get(0).replace("# expect: ", "");
    LoadResult result = new JourneyLoader(CORPUS).load(file);
    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (expect.equals("valid")) {
      assertEquals(List.of(), errors);
      JourneyAnalysis analysis = new JourneyAnalyzer().analyze(result.journey().orElseThrow());
      assertEquals(1.0, analysis.outcomes().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
      return;
    }
    String rule = expect.split(" ")[0];
    String place = file + ":" + expect.split(" ")[1] + ": error: ";
    assertTrue(errors.stream().anyMatch(d -> d.ruleId().equals(rule) && d.format().startsWith(place)),
        "expected " + rule + " at " + place + " in " + errors.stream().map(Diagnostic::format).toList());
    assertFalse(result.validJourney().isPresent());
  }
}
