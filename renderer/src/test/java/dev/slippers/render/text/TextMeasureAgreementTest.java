package dev.slippers.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The advance table ({@link GlyphAdvances}) against Java2D, which it replaces for plain text: every
 * character it keeps has Java2D's advance, texts have Java2D's widths, and lines break where
 * {@link java.awt.font.LineBreakMeasurer} breaks them, so that a map is the same picture either way.
 */
class TextMeasureAgreementTest {

  private static final double[] SIZES = {8, 9, 9.5, 10, 10.5, 11, 11.5, 12, 12.5, 13, 14, 16, 18, 20, 24};

  /** Words and separators the random texts are made of: Latin, Cyrillic, Greek, digits, punctuation, symbols. */
  private static final String[] PIECES = {
      "customer", "orders", "a", "pizza", "checkout", "Supercalifragilisticexpialidocious", "self-service",
      "e-mail", "x", "I", "W", "WWWWWWWWWW", "iiiiiiiii", "клиент", "заказывает", "пиццу", "Оплата", "самообслуживание",
      "ёлка", "Ωμέγα", "λόγος", "42", "3.14", "1,000", "99.5%", "₽1 200", "€", "№7", "(draft)", "[wip]", "«цитата»",
      "\u201cquoted\u201d", "a/b", "and/or", "50/50", "\u2014", "\u2013", "\u2192", "\u2026", "x\u00d7y", "\u2264",
      "+", "-", "--", "!", "?", ".", ",", ";", ":", "'", "\"", "#", "@", "&", "*", "~", "|", "\\", "_"};
  private static final String[] GAPS = {" ", " ", " ", "  ", "\u00a0", "-", "/", "", " - ", " \u2014 "};

  @Test
  void everyCharacterKeptHasJava2dsAdvance() {
    for (boolean bold : new boolean[] {false, true}) {
      GlyphAdvances glyphs = TextMeasure.advances(bold);
      int kept = 0;
      for (char c = 0x20; c < 0x2C00; c++) {
        if (glyphs.units(c) < 0) {
          continue;
        }
        kept++;
        String text = String.valueOf(c);
        for (double size : new double[] {10.5, 12}) {
          assertEquals(TextMeasure.widthWithJava2d(text, size, bold), TextMeasure.width(text, size, bold),
              "U+" + Integer.toHexString(c) + (bold ? " bold" : "") + " at " + size);
        }
      }
      // Basic Latin, Latin-1, Latin Extended, Greek and Cyrillic, punctuation and symbols: well over two thousand.
      assertTrue(kept > 2_000, "only " + kept + " characters kept");
    }
  }

  @Test
  void theTableLeavesToJava2dWhatItCannotMeasureAlone() {
    GlyphAdvances glyphs = TextMeasure.advances(false);
    assertTrue(glyphs.covers("Клиент оплачивает заказ \u2014 50% \u2192 done"));
    assertFalse(glyphs.covers("Orders a pizza \ud83c\udf55"), "emoji");
    assertFalse(glyphs.covers("e\u0301"), "a combining accent");
    assertFalse(glyphs.covers("soft\u00adhyphen"), "the soft hyphen, which Java2D draws with no width");
    assertFalse(glyphs.covers("\u05e9\u05dc\u05d5\u05dd"), "Hebrew, laid out right to left");
    assertFalse(glyphs.covers("\u0915\u093f"), "Devanagari, shaped");
    assertFalse(glyphs.covers("a\u200bb"), "a zero-width space");
    // DejaVu Sans's own advance of "M" (1,767 units of 2,048), hand-checked against its hmtx table.
    assertEquals(1767, glyphs.units('M'));
    assertEquals(2048, glyphs.unitsPerEm());
  }

  @Test
  void widthsAreJava2dsOnRandomTexts() {
    Random random = new Random(11);
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random, 1 + random.nextInt(30));
      double size = SIZES[random.nextInt(SIZES.length)];
      boolean bold = random.nextBoolean();
      assertEquals(TextMeasure.widthWithJava2d(text, size, bold), TextMeasure.width(text, size, bold),
          () -> "\"" + text + "\" at " + size + (bold ? " bold" : ""));
    }
  }

  @Test
  void linesBreakWhereLineBreakMeasurerBreaksThem() {
    Random random = new Random(7);
    int compared = 0;
    for (int i = 0; i < 4_000; i++) {
      String text = randomText(random, 1 + random.nextInt(40)).strip();
      if (text.isEmpty()) {
        continue;
      }
      double size = SIZES[random.nextInt(SIZES.length)];
      boolean bold = random.nextBoolean();
      // Whole and fractional widths, from narrower than one letter to wider than most texts.
      double width = random.nextBoolean() ? random.nextInt(400) : random.nextDouble() * 400;
      List<String> expected = new ArrayList<>();
      TextMeasure.breakWithJava2d(text, width, size, bold, expected, 1_000);
      List<String> actual = new ArrayList<>();
      TextMeasure.breakWithAdvances(text, width, size, TextMeasure.advances(bold), actual, 1_000);
      assertEquals(expected, actual, "\"" + text + "\" in " + width + " px at " + size + (bold ? " bold" : ""));
      compared++;
    }
    assertTrue(compared > 3_500);
  }

  @Test
  void aLineEndsExactlyAtTheWidthWhenItsTextFillsIt() {
    // "WW" in regular 12 px: 2 x 2,025 units x 12 / 2,048 = 23.73046875 px, exactly.
    double ww = TextMeasure.width("WW", 12, false);
    assertEquals(2 * 2025 * 12 / 2048.0, ww);
    List<String> atWidth = new ArrayList<>();
    TextMeasure.breakWithAdvances("WW WW", ww, 12, TextMeasure.advances(false), atWidth, 10);
    List<String> below = new ArrayList<>();
    TextMeasure.breakWithAdvances("WW WW", Math.nextDown((float) ww), 12, TextMeasure.advances(false), below, 10);
    assertEquals(List.of("WW", "WW"), atWidth);
    // A float step narrower (Java2D compares widths as floats), no "WW" fits: each word is broken inside, one letter a line.
    assertEquals(List.of("W", "W", "W", "W"), below);
    List<String> java2d = new ArrayList<>();
    TextMeasure.breakWithJava2d("WW WW", Math.nextDown((float) ww), 12, false, java2d, 10);
    assertEquals(java2d, below);
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < pieces; p++) {
      if (p > 0) {
        text.append(GAPS[random.nextInt(GAPS.length)]);
      }
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }
}
