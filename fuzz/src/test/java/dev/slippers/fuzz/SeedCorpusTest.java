package dev.slippers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.mermaid.MermaidExport;
import dev.slippers.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fuzz tests' seed corpus holds, byte for byte, every bundled journey, every file of the hostile
 * corpus (core/src/test/resources/hostile) and every valid fixture; the Mermaid seeds are the export
 * of every bundled journey plus the hand-made malformed diagrams kept beside them. When a source
 * changes, this fails; regenerate deliberately with {@code -Dslippers.updateGolden=true}, as for the
 * golden files.
 */
class SeedCorpusTest {

  static final Path INPUTS = Path.of("src/test/resources/dev/slippers/fuzz");
  static final Path JOURNEY_SEEDS = INPUTS.resolve("JourneyPipelineFuzzTestInputs/journeyPipeline");
  static final Path MERMAID_SEEDS = INPUTS.resolve("MermaidImportFuzzTestInputs/mermaidImport");

  private static final boolean UPDATE = Boolean.getBoolean("slippers.updateGolden");

  @Test
  void journeySeedsAreTheBundledJourneysTheHostileCorpusAndTheValidFixtures() throws IOException {
    Map<String, byte[]> expected = new LinkedHashMap<>();
    collect(Path.of("../journeys"), "bundled-", expected);
    collect(Path.of("../core/src/test/resources/hostile"), "hostile-", expected);
    collect(Path.of("../core/src/test/resources/valid"), "valid-", expected);
    assertTrue(expected.size() > 20, "sources found: " + expected.keySet());
    check(JOURNEY_SEEDS, expected);
  }

  @Test
  void mermaidSeedsAreTheExportOfEveryBundledJourney() throws IOException {
    Map<String, byte[]> expected = new LinkedHashMap<>();
    JourneyLoader loader = new JourneyLoader(Path.of("../journeys"));
    for (Path file : JourneyLoader.discover(Path.of("../journeys"))) {
      var result = loader.load(file);
      if (result.validJourney().isEmpty()) {
        continue;
      }
      Journey journey = result.validJourney().get();
      String mermaid = MermaidExport.journey(journey, new JourneyAnalyzer().analyze(journey));
      expected.put("bundled-" + journey.id() + ".mmd", mermaid.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(expected.size() >= 5, "exports: " + expected.keySet());
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      Path seed = MERMAID_SEEDS.resolve(e.getKey());
      if (UPDATE) {
        Files.createDirectories(MERMAID_SEEDS);
        Files.write(seed, e.getValue());
      }
      assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), Files.readString(seed), seed.toString());
    }
    try (Stream<Path> files = Files.list(MERMAID_SEEDS)) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("malformed-")), "hand-made malformed seeds");
    }
  }

  private static void collect(Path folder, String prefix, Map<String, byte[]> into) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        into.put(prefix + f.getFileName(), Files.readAllBytes(f));
      }
    }
  }

  private static void check(Path seeds, Map<String, byte[]> expected) throws IOException {
    if (UPDATE) {
      Files.createDirectories(seeds);
      for (Map.Entry<String, byte[]> e : expected.entrySet()) {
        Files.write(seeds.resolve(e.getKey()), e.getValue());
      }
    }
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      Path seed = seeds.resolve(e.getKey());
      assertTrue(Files.exists(seed), "missing seed " + seed);
      assertEquals(List.of(new String(e.getValue(), StandardCharsets.ISO_8859_1)),
          List.of(new String(Files.readAllBytes(seed), StandardCharsets.ISO_8859_1)), seed.toString());
    }
  }
}
