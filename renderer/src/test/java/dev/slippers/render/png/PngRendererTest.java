package dev.slippers.render.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slippers.model.Journey;
import dev.slippers.render.ChromiumSupport;
import dev.slippers.render.Fixtures;
import dev.slippers.render.JourneyRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngRendererTest {

  private final Journey journey = Fixtures.marketplace();
  private final JourneyRenderer renderer = new JourneyRenderer(journey, Fixtures.analysis(journey));

  @Test
  void scaleMultipliesTheSvgSize() throws Exception {
    double svgWidth = PngRenderer.widthOf(renderer.mapSvg());
    BufferedImage one = image(renderer.mapPng(PngRenderer.Size.scale(1)));
    BufferedImage two = image(renderer.mapPng(PngRenderer.Size.scale(2)));
    assertEquals(Math.round(svgWidth), one.getWidth());
    assertEquals(Math.round(svgWidth * 2), two.getWidth());
    assertEquals(one.getHeight() * 2, two.getHeight(), 1);
  }

  @Test
  void widthSetsThePixelsAndKeepsTheProportions() throws Exception {
    BufferedImage graph = image(renderer.graphPng(PngRenderer.Size.width(500)));
    assertEquals(500, graph.getWidth());
    assertFalse(ChromiumSupport.isBlank(renderer.graphPng(PngRenderer.Size.width(500))), "the PNG is blank");
  }

  /** The limit is checked on the pixels as drawn, before an image is allocated; no image is made here. */
  @Test
  void exactlySixtyFourMegapixelsAreTakenAndOneRowMoreIsRefused() {
    assertEquals(64_000_000L, PngRenderer.MAX_PIXELS);
    assertEquals(new PngRenderer.Pixels(8_000, 8_000), PngRenderer.Pixels.of(8_000, 8_000));
    assertEquals(new PngRenderer.Pixels(64_000_000, 1), PngRenderer.Pixels.of(64_000_000, 1), "a long strip at the limit");
    // Rounded as drawn: 8,000.4 pixels wide is 8,000.
    assertEquals(new PngRenderer.Pixels(8_000, 8_000), PngRenderer.Pixels.of(8_000.4, 7_999.6));
    PngRenderer.TooLargeException past = assertThrows(PngRenderer.TooLargeException.class,
        () -> PngRenderer.Pixels.of(8_000, 8_001));
    assertEquals("the PNG would be 8000 x 8001 pixels, more than 64 million; choose a smaller --png-width or --png-scale,"
        + " or use the SVG, which has no size limit", past.getMessage());
    assertThrows(PngRenderer.TooLargeException.class, () -> PngRenderer.Pixels.of(64_000_001, 1));
    assertThrows(PngRenderer.TooLargeException.class, () -> PngRenderer.Pixels.of(1e300, 1e300), "no overflow");
    assertEquals(new PngRenderer.Pixels(16, 1), PngRenderer.Pixels.of(16, 0.2), "at least one pixel each way");
  }

  @Test
  void samePictureSameBytes() {
    assertArrayEquals(renderer.mapPng(PngRenderer.Size.scale(1)), renderer.mapPng(PngRenderer.Size.scale(1)));
  }

  @Test
  void aSizeNeedsAPositiveScale() {
    assertThrows(IllegalArgumentException.class, () -> PngRenderer.Size.scale(0));
    assertThrows(IllegalArgumentException.class, () -> PngRenderer.Size.scale(Double.NaN));
  }

  private static BufferedImage image(byte[] png) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(png));
  }
}
