package dev.slippers.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;

/** Loads the test journeys, failing the test on any problem. */
final class Fixtures {

  static final Path ANALYSIS = Path.of("src/test/resources/analysis");
  static final Path VALID = Path.of("src/test/resources/valid");

  private Fixtures() {}

  static Journey load(Path folder, String name) {
    LoadResult result = new JourneyLoader(folder).load(folder.resolve(name));
    assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError()).toList(), name);
    return result.journey().orElseThrow();
  }

  static Journey analysisFixture(String name) {
    return load(ANALYSIS, name);
  }

  static Journey marketplace() {
    return load(VALID, "marketplace.yaml");
  }
}
