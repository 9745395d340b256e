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
}
