package dev.slippers.render;

import dev.slippers.model.Journey;
import dev.slippers.render.map.JourneyMapSvg;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PreviewTest {
  @Test
  void preview() throws Exception {
    Journey j = Fixtures.marketplace();
    String svg = JourneyMapSvg.render(new JourneyView(j, Fixtures.handBuilt(j)));
    Path out = Path.of("target/preview");
    Files.createDirectories(out);
    Files.writeString(out.resolve("map.svg"), svg);
    String graph = dev.slippers.render.graph.StageGraphSvg.render(new JourneyView(j, Fixtures.handBuilt(j)));
    Files.writeString(out.resolve("graph.svg"), graph);
    Files.write(out.resolve("graph.png"), dev.slippers.render.png.PngRenderer.render(graph, dev.slippers.render.png.PngRenderer.Size.scale(1)));
    Files.write(out.resolve("map.png"), dev.slippers.render.png.PngRenderer.render(svg, dev.slippers.render.png.PngRenderer.Size.scale(1)));
  }
}
