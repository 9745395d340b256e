package dev.slippers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru"})
  void theStarterJourneyValidatesWithoutAWarningAndAnalyses(String language) throws Exception {
    Path target = dir.resolve("journeys");
    CliRun run = CliRun.of("init", target.toString(), "--language", language, "--name", "returns");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("wrote " + target.resolve("returns.yaml")), run.out());
    assertTrue(run.out().contains("next: edit "), run.out());
    assertTrue(run.out().contains("slippers serve " + target), run.out());

    JourneyLoader loader = new JourneyLoader(target);
    for (Path file : JourneyLoader.discover(target)) {
      LoadResult result = loader.load(file);
      assertEquals(List.of(), result.diagnostics(), file + " should validate clean");
    }
    Journey journey = loader.load(target.resolve("returns.yaml")).validJourney().orElseThrow();
    assertEquals("returns", journey.id());
    assertEquals(Language.fromCode(language).orElseThrow(), journey.language());
    assertEquals(2, journey.personas().size(), "the catalogue's personas are included");
    JourneyAnalysis analysis = new JourneyAnalyzer().analyze(journey);
    // Hand-worked from the template: 85% reach hand-over; 90% of them succeed at once, 10% call
    // support, of whom 70% get the money: 0.85 x (0.9 + 0.1 x 0.7) = 0.8245.
    assertEquals(0.8245, analysis.successProbability(), 1e-9);
    assertEquals(0.15, analysis.outcomes().get(JourneyAnalysis.LOST), 1e-9);
    assertFalse(analysis.painPoints().isEmpty());
  }

  @Test
  void theJourneyNamesTheSchemaWrittenBesideIt() throws Exception {
    assertEquals(ExitCode.OK, CliRun.of("init", dir.toString()).exitCode());
    String journey = Files.readString(dir.resolve("my-journey.yaml"));
    assertTrue(journey.startsWith("# yaml-language-server: $schema=slippers.schema.json\n"), journey);
    var schema = new ObjectMapper().readTree(dir.resolve("slippers.schema.json").toFile());
    assertTrue(schema.has("$schema"), "a JSON Schema document");
    assertEquals(Files.readString(Path.of("../docs/slippers.schema.json")), Files.readString(dir.resolve("slippers.schema.json")));
  }

  @Test
  void refusesToReplaceAnythingAndWritesNothing() throws Exception {
    Path mine = Files.writeString(dir.resolve("catalogue.yaml"), "# my own catalogue\n");
    CliRun run = CliRun.of("init", dir.toString());
    assertEquals(ExitCode.USAGE_OR_IO, run.exitCode());
    assertEquals("slippers: not replacing " + mine + ": init writes only new files; give another folder, "
        + "or --name for another journey file\n", run.err());
    assertEquals("# my own catalogue\n", Files.readString(mine));
    assertFalse(Files.exists(dir.resolve("my-journey.yaml")), "nothing is written when one file is in the way");
    assertFalse(Files.exists(dir.resolve("slippers.schema.json")));
  }

  @Test
  void aSecondInitIntoTheSameFolderIsRefused() {
    assertEquals(ExitCode.OK, CliRun.of("init", dir.toString()).exitCode());
    CliRun again = CliRun.of("init", dir.toString());
    assertEquals(ExitCode.USAGE_OR_IO, again.exitCode());
    assertTrue(again.err().contains("not replacing " + dir.resolve("my-journey.yaml")), again.err());
  }

  @Test
  void anIdThatIsNotOneAndAnUnknownLanguageAreUsageErrors() {
    CliRun badName = CliRun.of("init", dir.toString(), "--name", "my journey");
    assertEquals(ExitCode.USAGE_OR_IO, badName.exitCode());
    assertTrue(badName.err().contains("--name 'my journey' is not an id"), badName.err());
    CliRun badLanguage = CliRun.of("init", dir.toString(), "--language", "de");
    assertEquals(ExitCode.USAGE_OR_IO, badLanguage.exitCode());
    assertTrue(badLanguage.err().contains("comes in en or ru"), badLanguage.err());
    assertFalse(Files.exists(dir.resolve("my-journey.yaml")));
  }
}
