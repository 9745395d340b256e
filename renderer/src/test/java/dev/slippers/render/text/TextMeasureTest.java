package dev.slippers.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

  @Test
  void widthsComeFromTheBundledFont() {
    // DejaVu Sans advances, fixed by the font file: 'M' is 1767/2048 em, a space 651/2048 em.
    assertEquals(12 * 1767 / 2048.0, TextMeasure.width("M", 12, false), 1e-3);
    assertEquals(12 * 651 / 2048.0, TextMeasure.width(" ", 12, false), 1e-3);
    assertTrue(TextMeasure.width("Клиент", 12, true) > TextMeasure.width("Клиент", 12, false));
  }

  @Test
  void wrapsCyrillicAtSpacesWithinTheWidth() {
    String text = "Гости стоят у входа, именинница сама расставляет столы";
    List<String> lines = TextMeasure.wrap(text, 150, 12, false, 10);
    assertTrue(lines.size() > 1, lines.toString());
    assertEquals(text, String.join(" ", lines));
    lines.forEach(line -> assertTrue(TextMeasure.width(line, 12, false) <= 150, line));
  }

  @Test
  void breaksAWordLongerThanTheLine() {
    List<String> lines = TextMeasure.wrap("Supercalifragilisticexpialidocious-and-more", 60, 12, false, 10);
    assertTrue(lines.size() > 1);
    lines.forEach(line -> assertTrue(TextMeasure.width(line, 12, false) <= 60, line));
  }

  @Test
  void tooManyLinesEndInAnEllipsisThatFits() {
    List<String> lines = TextMeasure.wrap("one two three four five six seven eight nine ten", 40, 12, false, 2);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).endsWith("\u2026"), lines.toString());
    assertTrue(TextMeasure.width(lines.get(1), 12, false) <= 40);
  }

  @Test
  void keepsLineBreaksAndEmptyText() {
    assertEquals(List.of("a", "b"), TextMeasure.wrap("a\nb", 500, 12, false, 5));
    assertEquals(List.of(""), TextMeasure.wrap("", 500, 12, false, 5));
  }

  @Test
  void fitShortensOneLine() {
    String fitted = TextMeasure.fit("A rather long channel name for a chip", 80, 10.5, true);
    assertTrue(fitted.endsWith("\u2026"));
    assertTrue(TextMeasure.width(fitted, 10.5, true) <= 80);
    assertEquals("Short", TextMeasure.fit("Short", 80, 10.5, true));
  }

  /** Wrapping in prefixes gives exactly the lines of wrapping the whole text (the old way, written out here). */
  @Test
  void wrappingInPrefixesGivesTheLinesOfTheWholeText() {
    java.util.Random random = new java.util.Random(11);
    String[] words = {"a", "Клиент", "supercalifragilistic", "x-y-z", "order", "\u00e9t\u00e9", "\ud83c\udf55", "wait."};
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int count = 1 + random.nextInt(60);
      for (int i = 0; i < count; i++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? "" : " ");
      }
      double width = 30 + random.nextInt(200);
      int maxLines = 1 + random.nextInt(6);
      TextMeasure.clearCache();
      List<String> whole = wholeText(text.toString(), width);
      List<String> wrapped = TextMeasure.wrap(text.toString(), width, 12, false, maxLines);
      String what = text + " in " + width + " px, " + maxLines + " lines";
      if (whole.size() <= maxLines) {
        assertEquals(whole, wrapped, what);
      } else {
        assertEquals(whole.subList(0, maxLines - 1), wrapped.subList(0, maxLines - 1), what);
        String last = wrapped.get(maxLines - 1);
        assertTrue(last.endsWith("\u2026"), what);
        assertTrue(whole.get(maxLines - 1).startsWith(last.substring(0, last.length() - 1)), what);
      }
    }
  }

  @Test
  void hugeTextsAreWrappedAndFittedWithoutHanging() {
    String noSpace = "x".repeat(65_536);
    String name = "word ".repeat(200_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      List<String> lines = TextMeasure.wrap(noSpace, 200, 12, false, 3);
      assertEquals(3, lines.size());
      assertTrue(lines.get(2).endsWith("\u2026"));
      assertEquals(3, TextMeasure.wrap(name, 200, 12, true, 3).size());
      assertTrue(TextMeasure.fit(name, 300, 10, false).endsWith("\u2026"));
      assertTrue(TextMeasure.width(TextMeasure.fit(noSpace, 300, 10, false), 10, false) <= 300);
    }, "a hang: wrapping must be linear in the text's length");
  }

  /** The wrapping as it was before prefixes: the whole paragraph through one LineBreakMeasurer. */
  private static List<String> wholeText(String text, double maxWidth) {
    List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : text.replace('\t', ' ').strip().split("\n", -1)) {
      paragraph = paragraph.strip();
      if (paragraph.isEmpty()) {
        lines.add("");
        continue;
      }
      java.text.AttributedString attributed = new java.text.AttributedString(paragraph);
      attributed.addAttribute(java.awt.font.TextAttribute.FONT, TextMeasure.font(false, 12));
      java.awt.font.LineBreakMeasurer measurer = new java.awt.font.LineBreakMeasurer(attributed.getIterator(),
          new java.awt.font.FontRenderContext(null, true, true));
      int start = 0;
      while (measurer.getPosition() < paragraph.length()) {
        int end = measurer.nextOffset((float) maxWidth, paragraph.length(), false);
        if (end <= start) {
          end = start + 1;
        }
        measurer.setPosition(end);
        lines.add(paragraph.substring(start, end).strip());
        start = end;
      }
    }
    return lines;
  }
}
