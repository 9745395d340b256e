package dev.slippers.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.batik.dom.util.DOMUtilities;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * {@link SvgDocument#serialise} writes documents itself; Batik's {@code DOMUtilities}, which it
 * replaced, is the oracle here: on any document of characters both can write, the text is the
 * same, so every golden file and bundled map stays what it was.
 */
class SvgSerialiserTest {

  /** Characters Batik's writer accepts: ASCII with every XML special character, Cyrillic, symbols. */
  private static final String ALPHABET = "abcXYZ 019<>&\"'=;/\t\n\r\r\nжЖёЁ€→…—«»\u00a0\u2028#%";

  @Test
  void writesWhatBatikWritesOnRandomDocuments() throws Exception {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      SvgDocument svg = new SvgDocument(random.nextInt(2000), random.nextInt(900), text(random));
      List<Element> parents = new ArrayList<>(List.of(svg.root()));
      for (int i = 0, n = random.nextInt(40); i < n; i++) {
        Element parent = parents.get(random.nextInt(parents.size()));
        switch (random.nextInt(6)) {
          case 0 -> parents.add(svg.group(parent, random.nextBoolean() ? "" : "g" + i, text(random)));
          case 1 -> svg.rect(parent, random.nextDouble() * 100, 2.25, 3, 4, "#fff", "class", text(random));
          case 2 -> svg.text(parent, 1, 2, List.of(text(random), text(random)), 12, 15, "#000", "data-x", text(random));
          case 3 -> svg.text(parent, 1, 2, text(random), 10.5, "#000");
          case 4 -> svg.title(parent, text(random));
          default -> svg.add(parent, "path", "d", "M0 0L" + i + " 1", "stroke-dasharray", "");
        }
      }
      StringWriter batik = new StringWriter();
      DOMUtilities.writeDocument(svg.root().getOwnerDocument(), batik);
      // What serialise did with Batik's text: a declaration before it, CR LF as LF, a newline after it.
      String expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + batik.toString().replace("\r\n", "\n") + "\n";
      assertEquals(expected, svg.serialise(), "round " + round);
    }
  }

  @Test
  void writesEmojiAsTheyAreAndWhatXmlCannotHoldAsAReplacementCharacter() {
    SvgDocument svg = new SvgDocument(10, 10, "pizza \uD83C\uDF55");
    svg.text(svg.root(), 0, 0, "bell\u0007 half \uD83C and \uDF55 end\uFFFE", 12, "#000", "aria-label", "x\u0000y");
    String xml = svg.serialise();
    assertTrue(xml.contains("<title>pizza \uD83C\uDF55</title>"), xml);
    assertTrue(xml.contains(">bell\uFFFD half \uFFFD and \uFFFD end\uFFFD</text>"), xml);
    assertTrue(xml.contains("aria-label=\"x\uFFFDy\""), xml);
  }

  @Test
  void writesLineEndingsAsLineFeeds() {
    SvgDocument svg = new SvgDocument(10, 10, "one\r\ntwo\rthree\r");
    svg.add(svg.root(), "path", "aria-label", "a\r\nb\r\n");
    String xml = svg.serialise();
    assertTrue(xml.contains("<title>one\ntwo\rthree\r</title>"), xml);
    assertTrue(xml.contains("aria-label=\"a\nb\n\""), xml);
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = random.nextInt(12); i < n; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
