package dev.slippers.render.png;

import dev.slippers.render.text.TextMeasure;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * PNG pictures of Slippers' SVG documents through Batik's {@link PNGTranscoder}. The bundled font
 * is registered with Java2D first, so the PNG uses the font the SVG was measured with.
 */
public final class PngRenderer {

  /** Most pixels in one PNG: 64 million (8,000 x 8,000), about 256 MB while it is drawn. */
  public static final long MAX_PIXELS = 64_000_000L;

  private PngRenderer() {}

  /** How big the PNG should be: a width in pixels, or a scale of the SVG's own size. */
  public record Size(float width, float scale) {

    public Size {
      if (width < 0 || scale <= 0 || !Float.isFinite(width) || !Float.isFinite(scale)) {
        throw new IllegalArgumentException("a PNG size needs a positive width or scale");
      }
    }

    /** The SVG's own size multiplied by {@code scale} (1 = one pixel per SVG unit). */
    public static Size scale(double scale) {
      return new Size(0, (float) scale);
    }

    /** This width in pixels, the height following the SVG's proportions. */
    public static Size width(int pixels) {
      return new Size(pixels, 1);
    }
  }

  /**
   * Draws the SVG document as a PNG.
   *
   * @param svg  a complete SVG document with width and height attributes
   * @param size the wanted size
   * @throws TooLargeException when the PNG would have more than {@link #MAX_PIXELS} pixels
   * @throws IllegalStateException when Batik cannot draw the document (a bug in Slippers)
   */
  public static byte[] render(String svg, Size size) {
    float width = size.width() > 0 ? size.width() : (float) (widthOf(svg) * size.scale());
    double height = heightOf(svg) * width / widthOf(svg);
    if ((double) width * height > MAX_PIXELS) {
      throw new TooLargeException(Math.round(width), Math.round(height));
    }
    TextMeasure.registerWithJava2d();
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
    if (Math.round(height) < 1) {
      // A narrow PNG of a long, flat picture would round to zero rows, which Batik refuses: keep one.
      transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, 1f);
    }
    transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TranscoderInput input = new TranscoderInput(new StringReader(svg));
      input.setURI("slippers:document.svg");
      transcoder.transcode(input, new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException("Batik could not draw the SVG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The {@code width} attribute of the root element. */
  static double widthOf(String svg) {
    return rootAttribute(svg, "width");
  }

  static double heightOf(String svg) {
    return rootAttribute(svg, "height");
  }

  private static double rootAttribute(String svg, String name) {
    int svgStart = svg.indexOf("<svg");
    int end = svg.indexOf('>', svgStart);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([0-9.]+)\"")
        .matcher(svg.substring(svgStart, end));
    if (!m.find()) {
      throw new IllegalArgumentException("the SVG has no " + name + " attribute");
    }
    return Double.parseDouble(m.group(1));
  }

  /** A PNG too large to draw in memory; the message says what to do instead. */
  public static final class TooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    TooLargeException(long width, long height) {
      super("the PNG would be " + width + " x " + height + " pixels, more than " + MAX_PIXELS / 1_000_000
          + " million; choose a smaller --png-width or --png-scale, or use the SVG, which has no size limit");
    }
  }
}
