package dev.slippers.render.svg;

import dev.slippers.render.text.TextMeasure;
import dev.slippers.text.SafeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.dom.util.DOMUtilities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A semantic SVG document built on Batik's SVG DOM: groups with ids and classes, text as text,
 * {@code <title>} tooltips. Numbers are written with {@link Locale#ROOT} and at most one decimal, and
 * nothing random or time-dependent enters the document, so the same picture serialises to the
 * same bytes.
 */
public final class SvgDocument {

  public static final String NS = SVGDOMImplementation.SVG_NAMESPACE_URI;

  private final Document document;
  private final Element root;

  public SvgDocument(double width, double height, String title) {
    // Batik's generic DOM, as its SVG generator uses: the SVG DOM proper would add SVG 1.0 defaults
    // (version="1.0", zoomAndPan...) to the root, which say nothing and are partly wrong here.
    document = GenericDOMImplementation.getDOMImplementation().createDocument(NS, "svg", null);
    root = document.getDocumentElement();
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
    root.setAttribute("width", num(width));
    root.setAttribute("height", num(height));
    root.setAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
    root.setAttribute("font-family", TextMeasure.FAMILY + ", Verdana, sans-serif");
    root.setAttribute("role", "img");
    title(root, title);
  }

  public Element root() {
    return root;
  }

  /** Sets the size once the content is known. */
  public void resize(double width, double height) {
    root.setAttribute("width", num(width));
    root.setAttribute("height", num(height));
    root.setAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
  }

  /** A new element appended to {@code parent}; attributes are given as name, value pairs. */
  public Element add(Element parent, String name, String... attributes) {
    Element element = document.createElementNS(NS, name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      element.setAttribute(attributes[i], attributes[i + 1]);
    }
    if (isContainer(parent)) {
      // A line break before each child of a group keeps golden files readable in a diff.
      parent.appendChild(document.createTextNode("\n"));
    }
    parent.appendChild(element);
    return element;
  }

  /** A group with an id (may be empty) and classes. */
  public Element group(Element parent, String id, String classes) {
    Element g = add(parent, "g");
    if (!id.isEmpty()) {
      g.setAttribute("id", id);
    }
    if (!classes.isEmpty()) {
      g.setAttribute("class", classes);
    }
    return g;
  }

  /** A {@code <title>} child: the tooltip browsers show on hover. The text is escaped as text. */
  public Element title(Element parent, String text) {
    Element title = document.createElementNS(NS, "title");
    title.setTextContent(text);
    if (isContainer(parent)) {
      parent.appendChild(document.createTextNode("\n"));
    }
    parent.insertBefore(title, firstElement(parent));
    return title;
  }

  public Element rect(Element parent, double x, double y, double w, double h, String fill, String... more) {
    Element rect = add(parent, "rect", "x", num(x), "y", num(y), "width", num(w), "height", num(h), "fill", fill);
    setAll(rect, more);
    return rect;
  }

  public Element line(Element parent, double x1, double y1, double x2, double y2, String stroke, String... more) {
    Element line = add(parent, "line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "stroke", stroke);
    setAll(line, more);
    return line;
  }

  /**
   * Text, one {@code <tspan>} per line, the first baseline at {@code y}.
   *
   * @param lineHeight distance between baselines
   */
  public Element text(Element parent, double x, double y, List<String> lines, double size, double lineHeight,
      String fill, String... more) {
    Element text = add(parent, "text", "x", num(x), "y", num(y), "font-size", num(size), "fill", fill);
    setAll(text, more);
    if (lines.size() == 1) {
      text.setTextContent(lines.get(0));
      return text;
    }
    for (int i = 0; i < lines.size(); i++) {
      Element span = document.createElementNS(NS, "tspan");
      span.setAttribute("x", num(x));
      if (i > 0) {
        span.setAttribute("dy", num(lineHeight));
      }
      span.setTextContent(lines.get(i));
      text.appendChild(span);
    }
    return text;
  }

  public Element text(Element parent, double x, double y, String line, double size, String fill, String... more) {
    return text(parent, x, y, List.of(line), size, size * 1.3, fill, more);
  }

  /** The document as UTF-8 XML text with an XML declaration and a final newline. */
  public String serialise() {
    StringWriter out = new StringWriter();
    Writable writable = new Writable();
    try {
      if (Writable.isPlain(root)) {
        // Nearly every document: nothing to replace, so no stand-ins to put back.
        DOMUtilities.writeDocument(document, out);
      } else {
        writable.collect(root);
        writable.replace(root);
        DOMUtilities.writeDocument(document, out);
        writable.undo(root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String xml = writable.restore(out.toString()).replace("\r\n", "\n");
    if (!xml.startsWith("<?xml")) {
      xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml;
    }
    return xml.endsWith("\n") ? xml : xml + "\n";
  }

  /**
   * Makes the document writable by Batik's serialiser: characters XML cannot hold (validation
   * refuses them in journeys; a model built in code may still carry them, in any text or attribute)
   * become U+FFFD, visibly; characters beyond the BMP (emoji), which Batik's writer refuses although
   * XML holds them, stand in as private-use characters the document does not use, put back by
   * {@link #serialise} once it is text. Two walks over the document, O(nodes + characters).
   */
  private static final class Writable {
    private final java.util.Map<Integer, Character> standIns = new java.util.HashMap<>();
    private final java.util.BitSet used = new java.util.BitSet(0x10000);
    private char next = '\uE000';

    /**
     * Whether every text and attribute under {@code node} can be written as it is: characters XML
     * holds, all in the BMP, none private-use (a stand-in could be confused with it). One walk,
     * stopping at the first text that is not; plain loops, as this runs on every cold render.
     */
    static boolean isPlain(Node node) {
      if (node.getNodeType() == Node.TEXT_NODE) {
        return isPlain(node.getNodeValue());
      }
      org.w3c.dom.NamedNodeMap attributes = node.getAttributes();
      if (attributes != null) {
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
          if (!isPlain(attributes.item(i).getNodeValue())) {
            return false;
          }
        }
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (!isPlain(child)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isPlain(String text) {
      if (text == null) {
        return true;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800 && (c <= 0xF8FF || c >= 0xFFFE)) {
          return false;
        }
      }
      return true;
    }

    void collect(Node node) {
      inspect(node, text -> text.chars().filter(c -> c >= 0xE000 && c <= 0xF8FF).forEach(used::set));
    }

    void replace(Node node) {
      visit(node, this::writable);
    }

    /** Puts the document's own characters back after writing, so it can be changed and written again. */
    void undo(Node node) {
      if (!standIns.isEmpty()) {
        visit(node, this::restore);
      }
    }

    String restore(String xml) {
      for (var entry : standIns.entrySet()) {
        xml = xml.replace(String.valueOf(entry.getValue()), new String(Character.toChars(entry.getKey())));
      }
      return xml;
    }

    private String writable(String text) {
      String clean = SafeText.forXml(text);
      if (clean.codePoints().allMatch(Character::isBmpCodePoint)) {
        return clean;
      }
      StringBuilder out = new StringBuilder(clean.length());
      clean.codePoints().forEach(c -> {
        if (Character.isBmpCodePoint(c)) {
          out.append((char) c);
        } else {
          Character standIn = standIns.computeIfAbsent(c, k -> freeStandIn());
          out.append(standIn == null ? SafeText.REPLACEMENT : standIn);
        }
      });
      return out.toString();
    }

    /** The next private-use character not in the document; null (U+FFFD is drawn) when all 6,400 are taken. */
    private Character freeStandIn() {
      while (next <= '\uF8FF' && used.get(next)) {
        next++;
      }
      return next <= '\uF8FF' ? Character.valueOf(next++) : null;
    }

    private static void visit(Node node, java.util.function.UnaryOperator<String> change) {
      if (node.getNodeType() == Node.TEXT_NODE) {
        String text = node.getNodeValue();
        String changed = change.apply(text);
        if (changed != null && !changed.equals(text)) {
          node.setNodeValue(changed);
        }
        return;
      }
      if (node.getAttributes() != null) {
        for (int i = 0; i < node.getAttributes().getLength(); i++) {
          Node attribute = node.getAttributes().item(i);
          String changed = change.apply(attribute.getNodeValue());
          if (changed != null && !changed.equals(attribute.getNodeValue())) {
            attribute.setNodeValue(changed);
          }
        }
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        visit(child, change);
      }
    }

    private static void inspect(Node node, java.util.function.Consumer<String> look) {
      visit(node, text -> {
        look.accept(text);
        return null;
      });
    }
  }

  /** A number for an attribute: Locale.ROOT, at most one decimal, no "-0". */
  public static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      long whole = (long) rounded;
      return Long.toString(whole);
    }
    return dev.slippers.wording.Numerals.decimal(rounded, 1);
  }

  /**
   * A CSS class name from a free-text value such as an outcome or channel id: lower case, runs of
   * anything but letters, digits, '_' and '-' as one hyphen; "other" when nothing is left.
   */
  public static String cssName(String value) {
    String name = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    return name.isEmpty() ? "other" : name;
  }

  private static void setAll(Element element, String... attributes) {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      element.setAttribute(attributes[i], attributes[i + 1]);
    }
  }

  private static boolean isContainer(Element element) {
    String name = element.getLocalName();
    return "g".equals(name) || "svg".equals(name) || "defs".equals(name);
  }

  private static Node firstElement(Element parent) {
    Node child = parent.getFirstChild();
    while (child != null && child.getNodeType() != Node.ELEMENT_NODE) {
      child = child.getNextSibling();
    }
    return child;
  }
}
