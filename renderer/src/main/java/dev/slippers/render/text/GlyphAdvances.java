package dev.slippers.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The advance width of every character of a bundled TrueType font that lays out on its own, read
 * from the font's {@code cmap} and {@code hmtx} tables, so that plain text is measured without
 * Java2D.
 *
 * <p>Why by hand: Java2D measures the same advances (fractional metrics, identity transform: the
 * font's design units scaled by {@code size / unitsPerEm}, with no kerning or ligatures unless
 * asked for), but a cold JVM spends about a fifth of a small render getting its font system ready
 * ({@code Font.createFont} copies the font to a temporary file, then the font manager and the first
 * layout), and each label then goes through a glyph layout. Reading two tables of a font we ship is
 * about sixty lines and a few milliseconds; Apache FontBox would parse them too but adds three jars
 * to every cold start, which is what this class is for. {@code TextMeasureAgreementTest} checks
 * every character kept here against Java2D's advance, and wrapped lines against
 * {@link java.awt.font.LineBreakMeasurer}.
 *
 * <p>A character is kept only when its advance alone says how wide it is in any text: it has a
 * glyph, it is not a control, format or combining character (Java2D draws those with zero width or
 * shapes them with their neighbours), it is not the soft hyphen (invisible to Java2D), and it is
 * outside the scripts Java2D lays out as complex text (Hebrew to Mongolian, U+0590-U+1DFF) and
 * above U+2BFF (emoji and everything DejaVu Sans lacks are in the supplementary planes or there).
 * Text with any other character is measured by Java2D as before.
 */
final class GlyphAdvances {

  private static final int UNKNOWN = -1;

  private final int unitsPerEm;
  private final int[] advances;

  private GlyphAdvances(int unitsPerEm, int[] advances) {
    this.unitsPerEm = unitsPerEm;
    this.advances = advances;
  }

  /** The font's design units per em: an advance of {@code units} is {@code units * size / unitsPerEm} pixels. */
  int unitsPerEm() {
    return unitsPerEm;
  }

  /** The advance of {@code c} in design units, or -1 when text with it must be measured by Java2D. */
  int units(char c) {
    return advances[c];
  }

  /** The summed advance of {@code text} in design units, or -1 when one of its characters is not kept here. */
  long units(String text) {
    long sum = 0;
    for (int i = 0; i < text.length(); i++) {
      int advance = advances[text.charAt(i)];
      if (advance < 0) {
        return UNKNOWN;
      }
      sum += advance;
    }
    return sum;
  }

  /** Whether every character of {@code text} is kept here. */
  boolean covers(String text) {
    return units(text) >= 0;
  }

  /** Reads the font at {@code resource} on the classpath. */
  static GlyphAdvances load(String resource) {
    byte[] bytes;
    try (InputStream in = GlyphAdvances.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the classpath");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
    try {
      return parse(ByteBuffer.wrap(bytes));
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalStateException("font " + resource + " is damaged: " + e.getMessage(), e);
    }
  }

  /**
   * The tables as the OpenType specification lays them out (big-endian, offsets from the start of
   * the file or of the table): {@code head.unitsPerEm}, {@code hhea.numberOfHMetrics}, the
   * {@code hmtx} advances and the Windows Unicode BMP {@code cmap} subtable (format 4).
   */
  private static GlyphAdvances parse(ByteBuffer font) {
    int head = table(font, "head");
    int hhea = table(font, "hhea");
    int hmtx = table(font, "hmtx");
    int cmap = table(font, "cmap");
    int unitsPerEm = u16(font, head + 18);
    int metrics = u16(font, hhea + 34);
    int format4 = -1;
    for (int i = 0, subtables = u16(font, cmap + 2); i < subtables; i++) {
      int record = cmap + 4 + 8 * i;
      int offset = cmap + font.getInt(record + 4);
      if (u16(font, record) == 3 && u16(font, record + 2) == 1 && u16(font, offset) == 4) {
        format4 = offset;
      }
    }
    if (unitsPerEm == 0 || metrics == 0 || format4 < 0) {
      throw new IllegalArgumentException("no unitsPerEm, horizontal metrics or Unicode character map");
    }
    int[] advances = new int[Character.MAX_VALUE + 1];
    Arrays.fill(advances, UNKNOWN);
    int segments = u16(font, format4 + 6) / 2;
    int ends = format4 + 14;
    int starts = ends + 2 * segments + 2;
    int deltas = starts + 2 * segments;
    int rangeOffsets = deltas + 2 * segments;
    for (int s = 0; s < segments; s++) {
      int end = u16(font, ends + 2 * s);
      int start = u16(font, starts + 2 * s);
      int delta = font.getShort(deltas + 2 * s);
      int rangeOffset = u16(font, rangeOffsets + 2 * s);
      for (int c = start; c <= end && c < Character.MAX_VALUE; c++) {
        int glyph;
        if (rangeOffset == 0) {
          glyph = (c + delta) & 0xFFFF;
        } else {
          glyph = u16(font, rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
          glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }
        if (glyph != 0 && standsAlone((char) c)) {
          // Glyphs past the last full metric share its advance (the table's monospaced tail).
          advances[c] = u16(font, hmtx + 4 * Math.min(glyph, metrics - 1));
        }
      }
    }
    return new GlyphAdvances(unitsPerEm, advances);
  }

  /** Whether a character's width in text is its own advance (see the class comment). */
  static boolean standsAlone(char c) {
    if (c < 0x20 || (c >= 0x0590 && c < 0x1E00) || c >= 0x2C00 || c == 0x00AD) {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  private static int table(ByteBuffer font, String tag) {
    int count = u16(font, 4);
    for (int i = 0; i < count; i++) {
      int record = 12 + 16 * i;
      if (font.get(record) == tag.charAt(0) && font.get(record + 1) == tag.charAt(1)
          && font.get(record + 2) == tag.charAt(2) && font.get(record + 3) == tag.charAt(3)) {
        return font.getInt(record + 8);
      }
    }
    throw new IllegalArgumentException("no '" + tag + "' table");
  }

  private static int u16(ByteBuffer font, int offset) {
    return font.getShort(offset) & 0xFFFF;
  }
}
