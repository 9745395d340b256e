package dev.slippers.render;

import dev.slippers.model.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreviewTest {
  @Test
  void preview() throws Exception {
    Path out = Path.of("target/preview");
    Files.createDirectories(out);
    for (Path f : Fixtures.renderedJourneys()) {
      Journey j = Fixtures.load(f);
      JourneyRenderer r = new JourneyRenderer(j, Fixtures.analysis(j));
      Files.write(out.resolve(j.id() + ".png"), r.mapPng(dev.slippers.render.png.PngRenderer.Size.scale(1)));
      Files.write(out.resolve(j.id() + "-graph.png"), r.graphPng(dev.slippers.render.png.PngRenderer.Size.scale(1)));
    }
  }
}
