package dev.slippers.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticJourneysTest {

  @Test
  void generatedJourneysAreValidWhenWrittenAndReadBack() {
    for (int stages : new int[] {3, 12, 500}) {
      Journey journey = SyntheticJourneys.generate(stages, 7);
      LoadResult loaded = new JourneyLoader(Path.of(".")).parse("synthetic.yaml", JourneyWriter.write(journey));
      assertEquals(List.of(), loaded.diagnostics().stream().filter(d -> d.isError()).toList(), "stages " + stages);
      assertEquals(journey, loaded.journey().orElseThrow());
    }
  }

  @Test
  void theSizeAndShapeAreAsAskedWithAboutFiveTransitionsPerStage() {
    Journey journey = SyntheticJourneys.generate(2_000, 1);
    assertEquals(2_000, journey.stages().size());
    double perStage = journey.transitions().size() / 2_000.0;
    assertTrue(perStage > 4 && perStage < 6, "transitions per stage " + perStage);
    assertTrue(journey.painPoints().size() > 400, "pain points " + journey.painPoints().size());
  }

  @Test
  void theSameSeedGivesTheSameJourneyAndAnotherSeedAnother() {
    assertEquals(SyntheticJourneys.generate(300, 42), SyntheticJourneys.generate(300, 42));
    assertNotEquals(SyntheticJourneys.generate(300, 42).transitions(), SyntheticJourneys.generate(300, 43).transitions());
  }

  @Test
  void tooFewStagesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticJourneys.generate(2, 1));
  }
}
