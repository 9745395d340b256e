package dev.slippers.render.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import dev.slippers.text.SafeText;

/**
 * Text measured with DejaVu Sans loaded from the classpath, so that the same label wraps the same
 * way on every machine whatever fonts it has installed. Works headless.
 *
 * <p>Widths come from the font's own advances with fractional metrics and an identity transform,
 * so they do not depend on a screen. Wrapping follows {@link LineBreakMeasurer}, which breaks at the
 * places the Unicode line-breaking rules allow (spaces, hyphens) in any script DejaVu covers,
 * Cyrillic included; a word longer than a line is broken inside.
 *
 * <p>Text whose every character has a width of its own (Latin, Cyrillic, Greek, punctuation and
 * symbols: see {@link GlyphAdvances}) is measured and broken from the font's advance table, with
 * the same results as Java2D and without starting its font system, which is most of what drawing a
 * small journey used to cost; any other text (emoji, complex scripts, combining marks) goes through
 * Java2D.
 */
public final class TextMeasure {

  /** The family name to write into SVG and CSS: the font the measurements are made with. */
  public static final String FAMILY = "DejaVu Sans";

  private static final String REGULAR_FILE = "/fonts/DejaVuSans.ttf";
  private static final String BOLD_FILE = "/fonts/DejaVuSans-Bold.ttf";
  private static final String ELLIPSIS = "\u2026";

  private TextMeasure() {}

  /** The bundled fonts as Java2D fonts, loaded on first use only (a holder class: the JVM's lazy, thread-safe initialisation). */
  private static final class Java2d {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    static final Font REGULAR = load(REGULAR_FILE);
    static final Font BOLD = load(BOLD_FILE);
  }

  /** The advance tables of the bundled fonts, read on first use. */
  private static final class Advances {
    static final GlyphAdvances REGULAR = GlyphAdvances.load(REGULAR_FILE);
    static final GlyphAdvances BOLD = GlyphAdvances.load(BOLD_FILE);
  }

  static GlyphAdvances advances(boolean bold) {
    return bold ? Advances.BOLD : Advances.REGULAR;
  }

  /** The font with this weight and size in pixels. */
  public static Font font(boolean bold, double size) {
    return (bold ? Java2d.BOLD : Java2d.REGULAR).deriveFont((float) size);
  }

  /** Advance width of one line of text, in pixels. */
  public static double width(String text, double size, boolean bold) {
    if (text.isEmpty()) {
      return 0;
    }
    String clean = SafeText.forXml(text);
    GlyphAdvances glyphs = advances(bold);
    long units = glyphs.units(clean);
    if (units >= 0) {
      // Java2D's TextLayout gives the same sum as a float.
      return (float) (units * size / glyphs.unitsPerEm());
    }
    return widthWithJava2d(clean, size, bold);
  }

  /** {@link #width}, always through Java2D; {@code clean} holds only characters XML can hold. */
  static double widthWithJava2d(String clean, double size, boolean bold) {
    Font font = font(bold, size);
    double width = new TextLayout(clean, font, Java2d.CONTEXT).getAdvance();
    if (font.canDisplayUpTo(clean) >= 0) {
      // Characters DejaVu lacks (emoji, rare scripts) are drawn by the viewer's fallback font, about
      // one em wide; the bundled font's empty box for them is narrower. Measure them as one em each,
      // the same on every machine.
      for (int i = 0; i < clean.length(); ) {
        int codePoint = clean.codePointAt(i);
        int type = Character.getType(codePoint);
        if (!font.canDisplay(codePoint) && !Character.isWhitespace(codePoint) && type != Character.FORMAT
            && type != Character.NON_SPACING_MARK) {
          width += size - new TextLayout(new String(Character.toChars(codePoint)), font, Java2d.CONTEXT).getAdvance();
        }
        i += Character.charCount(codePoint);
      }
    }
    return width;
  }

  /**
   * Breaks text into lines no wider than {@code maxWidth}. Line breaks in the text are kept. When
   * more than {@code maxLines} lines would be needed, the last line kept ends with an ellipsis
   * (callers put the full text in a tooltip).
   *
   * @return at least one line; a single empty line for empty text
   */
  public static List<String> wrap(String raw, double maxWidth, double size, boolean bold, int maxLines) {
    // U+FFFF is CharacterIterator.DONE to the line breaker: text with it (or any character XML
    // cannot hold) is measured as it will be drawn, with U+FFFD in its place.
    String text = SafeText.forXml(raw);
    // The same label is often wrapped twice (once to size a lane, once to draw it): remember it.
    // Looked up and stored under the lock, wrapped outside it: threads drawing other journeys at the
    // same time must not wait for each other's wrapping (computeIfAbsent would hold the lock).
    WrapKey key = new WrapKey(text, maxWidth, size, bold, maxLines);
    List<String> known = WRAPPED.get(key);
    if (known != null) {
      return known;
    }
    List<String> lines = List.copyOf(wrapUncached(text, maxWidth, size, bold, maxLines));
    WRAPPED.put(key, lines);
    return lines;
  }

  /** Forgets remembered wrappings, so that a benchmark measures a cold render. */
  public static void clearCache() {
    WRAPPED.clear();
  }

  /**
   * The cache's key. equals and hashCode are written out: a record's generated ones are linked
   * through invokedynamic on their first call, a few milliseconds of every cold render.
   */
  private record WrapKey(String text, double maxWidth, double size, boolean bold, int maxLines) {
    @Override
    public boolean equals(Object other) {
      return other instanceof WrapKey key && text.equals(key.text)
          && Double.compare(maxWidth, key.maxWidth) == 0 && Double.compare(size, key.size) == 0
          && bold == key.bold && maxLines == key.maxLines;
    }

    @Override
    public int hashCode() {
      int hash = text.hashCode();
      hash = 31 * hash + Double.hashCode(maxWidth);
      hash = 31 * hash + Double.hashCode(size);
      hash = 31 * hash + Boolean.hashCode(bold);
      return 31 * hash + maxLines;
    }
  }

  /**
   * Reads the fonts' advance tables and breaks one sample text, without remembering it, so that
   * they are ready when the first label is measured. Called on a background thread at the start of
   * a command that draws, while the command line and the journeys are still being read: it changes
   * no measurement, only when the start-up work is done. Java2D is not started: text that needs it
   * starts it when first measured.
   */
  public static void prepare() {
    List<String> lines = new ArrayList<>();
    breakLines("Slippers \u2014 \u043a\u0430\u0440\u0442\u0430", 40, 12, false, lines, 2);
    width("Slippers", 12, true);
  }

  private static final int CACHE_SIZE = 8_192;

  /** A small LRU cache of wrapped text; results depend only on the key, so caching changes no output. */
  private static final java.util.Map<WrapKey, List<String>> WRAPPED = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<WrapKey, List<String>> eldest) {
          return size() > CACHE_SIZE;
        }
      });

  private static List<String> wrapUncached(String text, double maxWidth, double size, boolean bold, int maxLines) {
    List<String> lines = new ArrayList<>();
    String normalised = text.replace("\r\n", "\n").replace('\t', ' ').strip();
    // Two lines more than are kept are enough to know the text is cut and that the last kept line
    // is the one the whole text would give; no more is wrapped, so a huge text costs no more than
    // its first lines (and splitting it, which is linear).
    int enough = maxLines > Integer.MAX_VALUE - 2 ? Integer.MAX_VALUE : maxLines + 2;
    int from = 0;
    while (from <= normalised.length() && lines.size() < enough) {
      int newline = normalised.indexOf('\n', from);
      int to = newline < 0 ? normalised.length() : newline;
      wrapParagraph(normalised.substring(from, to).strip(), maxWidth, size, bold, lines, enough);
      from = to + 1;
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), maxWidth, size, bold));
      return kept;
    }
    return lines;
  }

  /** One line, shortened with an ellipsis when wider than {@code maxWidth}. */
  public static String fit(String text, double maxWidth, double size, boolean bold) {
    String line = SafeText.forXml(text).replace('\n', ' ').strip();
    // Only a prefix wider than the line can matter: measure prefixes of doubling length until one
    // is too wide (linear in the text, where measuring a megabyte of text at once is not).
    for (int length = charsPerLine(maxWidth, size); length < line.length(); length *= 2) {
      String prefix = line.substring(0, codePointBoundary(line, length));
      if (width(prefix, size, bold) > maxWidth) {
        return withEllipsis(prefix, maxWidth, size, bold);
      }
    }
    return width(line, size, bold) <= maxWidth ? line : withEllipsis(line, maxWidth, size, bold);
  }

  /**
   * More characters than fit on a line of this width in the common case: the narrowest glyphs of
   * DejaVu Sans are about a quarter of an em. Zero-width characters can exceed it, which is why
   * callers double it until the text is known to be wider.
   */
  private static int charsPerLine(double maxWidth, double size) {
    double chars = Math.max(maxWidth, 0) / (size * 0.25);
    return (int) Math.min(1 << 20, Math.max(16, Math.ceil(chars) + 16));
  }

  /** {@code index}, or the end of the surrogate pair it falls inside. */
  private static int codePointBoundary(String text, int index) {
    if (index >= text.length()) {
      return text.length();
    }
    return Character.isLowSurrogate(text.charAt(index)) && index > 0
        && Character.isHighSurrogate(text.charAt(index - 1)) ? index + 1 : index;
  }

  /**
   * Registers the bundled fonts with Java2D, so that Batik finds {@value #FAMILY} by name when it
   * draws PNGs even on a machine without DejaVu installed. Safe to call repeatedly.
   */
  public static void registerWithJava2d() {
    GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
    environment.registerFont(Java2d.REGULAR);
    environment.registerFont(Java2d.BOLD);
  }

  /**
   * Adds the lines of one paragraph until {@code enough} lines are there. {@link LineBreakMeasurer}
   * looks ahead to the next break opportunity for every line, so on a text without spaces its cost
   * grows with the square of the length; it is therefore given prefixes of the paragraph, doubled
   * until they give enough lines or are the whole paragraph (the lines of a prefix are those of the
   * whole paragraph but for its last two, which is why two more than needed are asked for).
   */
  private static void wrapParagraph(String paragraph, double maxWidth, double size, boolean bold, List<String> lines,
      int enough) {
    if (paragraph.isEmpty()) {
      lines.add("");
      return;
    }
    int wanted = enough - lines.size();
    long guess = (long) charsPerLine(maxWidth, size) * (wanted + 1L);
    for (long length = guess; ; length *= 2) {
      boolean whole = length >= paragraph.length();
      String part = whole ? paragraph : paragraph.substring(0, codePointBoundary(paragraph, (int) length));
      List<String> partLines = new ArrayList<>();
      breakLines(part, maxWidth, size, bold, partLines, whole ? wanted : wanted + 2);
      if (whole) {
        lines.addAll(partLines.subList(0, Math.min(wanted, partLines.size())));
        return;
      }
      if (partLines.size() >= wanted + 2) {
        lines.addAll(partLines.subList(0, wanted));
        return;
      }
    }
  }

  /** The lines of a text, at most {@code most} of them. */
  private static void breakLines(String paragraph, double maxWidth, double size, boolean bold, List<String> lines,
      int most) {
    if (maxWidth >= 0 && advances(bold).covers(paragraph)) {
      breakWithAdvances(paragraph, maxWidth, size, advances(bold), lines, most);
    } else {
      breakWithJava2d(paragraph, maxWidth, size, bold, lines, most);
    }
  }

  /** {@link #breakLines} through Java2D's {@link LineBreakMeasurer}, for any text. */
  static void breakWithJava2d(String paragraph, double maxWidth, double size, boolean bold, List<String> lines,
      int most) {
    AttributedString attributed = new AttributedString(paragraph);
    attributed.addAttribute(TextAttribute.FONT, font(bold, size));
    LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), Java2d.CONTEXT);
    int start = 0;
    while (measurer.getPosition() < paragraph.length() && lines.size() < most) {
      // requireNextWord=false: a word wider than the line is broken inside rather than overflowing.
      int end = measurer.nextOffset((float) maxWidth, paragraph.length(), false);
      if (end <= start) {
        end = codePointBoundary(paragraph, start + 1);
      }
      if (end < paragraph.length() && Character.isLowSurrogate(paragraph.charAt(end))
          && Character.isHighSurrogate(paragraph.charAt(end - 1))) {
        // Never between the two halves of an emoji: a lone half is a character XML cannot hold.
        end = end - 1 > start ? end - 1 : end + 1;
      }
      measurer.setPosition(end);
      lines.add(paragraph.substring(start, end).strip());
      start = end;
    }
  }

  /**
   * {@link LineBreakMeasurer#nextOffset(float, int, boolean)}'s rule, line by line, on text every
   * character of which is in the advance table: the line ends before the first character whose
   * advance takes the line past {@code maxWidth} (as a float, as Java2D compares it); if that
   * character is a space, the line takes it and ends at the next break opportunity; otherwise it
   * goes back to the break opportunity before it, or, when the first word alone is too wide, breaks
   * the word there. Sums are exact (design units times the size, against the width times units
   * per em), as Java2D's float arithmetic is for these advances at the sizes a map uses;
   * {@code TextMeasureAgreementTest} compares the two.
   */
  static void breakWithAdvances(String paragraph, double maxWidth, double size, GlyphAdvances glyphs,
      List<String> lines, int most) {
    BreakIterator breaks = BreakIterator.getLineInstance();
    breaks.setText(paragraph);
    double limit = (double) (float) maxWidth * glyphs.unitsPerEm();
    int length = paragraph.length();
    int start = 0;
    while (start < length && lines.size() < most) {
      int over = start;
      long units = 0;
      while (over < length) {
        units += glyphs.units(paragraph.charAt(over));
        if (units * size > limit) {
          break;
        }
        over++;
      }
      int end;
      if (over == length) {
        end = length;
      } else if (Character.isWhitespace(paragraph.charAt(over))) {
        end = breaks.following(over);
      } else {
        end = breaks.preceding(over + 1);
        if (end <= start) {
          end = Math.max(start + 1, over);
        }
      }
      lines.add(paragraph.substring(start, end).strip());
      start = end;
    }
  }

  /** The longest prefix (in code points) that fits with an ellipsis after it, found by bisection. */
  private static String withEllipsis(String line, double maxWidth, double size, boolean bold) {
    String text = line.strip();
    int low = 0;
    int high = text.codePointCount(0, text.length());
    while (low < high) {
      int mid = (low + high + 1) / 2;
      String candidate = text.substring(0, text.offsetByCodePoints(0, mid)).strip() + ELLIPSIS;
      if (width(candidate, size, bold) <= maxWidth) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return text.substring(0, text.offsetByCodePoints(0, low)).strip() + ELLIPSIS;
  }

  private static Font load(String resource) {
    try (InputStream in = TextMeasure.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the classpath");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("font " + resource + " is damaged", e);
    }
  }
}
