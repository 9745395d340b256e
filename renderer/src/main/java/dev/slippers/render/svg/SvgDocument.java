package dev.slippers.render.svg;

import dev.slippers.render.text.TextMeasure;
import dev.slippers.text.SafeText;
import java.util.List;
import java.util.Locale;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.dom.GenericDOMImplementation;
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

  /** Runs of what a CSS class name made here leaves out; compiled once, as {@link #cssName} runs per element. */
  private static final java.util.regex.Pattern NOT_CSS_NAME = java.util.regex.Pattern.compile("[^a-z0-9_-]+");

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

  /**
   * The document as UTF-8 XML text with an XML declaration and a final newline.
   *
   * <p>Written here rather than by Batik's {@code DOMUtilities.writeDocument}, with the same text
   * for every document this class builds (each element in the SVG namespace without a prefix,
   * attributes in the order the DOM lists them, {@code < > & " '} as entities in text and in
   * attributes alike, an empty element closed as {@code <x/>}; {@code SvgSerialiserTest} compares
   * both on random documents). Batik's writer refuses characters beyond the BMP (emoji), which
   * took two walks that put stand-ins in and out of the document around it, and builds a string per
   * attribute and a synchronised buffer per text: writing a 1,000-touchpoint map took about 90 ms of
   * a 600 ms cold render. Here a character XML cannot hold becomes U+FFFD, visibly, a CR LF line
   * ending LF (as the text Batik wrote was changed after it), and everything else is written as it
   * is, in one pass.
   */
  public String serialise() {
    StringBuilder out = new StringBuilder(16_384);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writeElement(root, out);
    out.append('\n');
    return out.toString();
  }

  private static void writeElement(Element element, StringBuilder out) {
    if (!NS.equals(element.getNamespaceURI()) || element.getPrefix() != null) {
      throw new IllegalStateException("only SVG elements without a prefix are written: " + element.getNodeName());
    }
    String name = element.getNodeName();
    out.append('<').append(name);
    org.w3c.dom.NamedNodeMap attributes = element.getAttributes();
    for (int i = 0, n = attributes.getLength(); i < n; i++) {
      Node attribute = attributes.item(i);
      String namespace = attribute.getNamespaceURI();
      if (namespace != null && !"xmlns".equals(attribute.getNodeName())) {
        throw new IllegalStateException("only attributes without a namespace are written: " + attribute.getNodeName());
      }
      out.append(' ').append(attribute.getNodeName()).append("=\"");
      escape(attribute.getNodeValue(), out);
      out.append('"');
    }
    Node child = element.getFirstChild();
    if (child == null) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (; child != null; child = child.getNextSibling()) {
      switch (child.getNodeType()) {
        case Node.ELEMENT_NODE -> writeElement((Element) child, out);
        case Node.TEXT_NODE -> escape(child.getNodeValue(), out);
        default -> throw new IllegalStateException("only elements and text are written, not node type "
            + child.getNodeType());
      }
    }
    out.append("</").append(name).append('>');
  }

  /**
   * Text or an attribute value: the five XML special characters as entities, a surrogate pair
   * (an emoji) as it is, and a character XML 1.0 cannot hold (a control character, a lone
   * surrogate, U+FFFE, U+FFFF) as {@link SafeText#REPLACEMENT}; a CR LF line ending as LF. Nearly
   * every text needs none of that and is appended whole: {@code StringBuilder.append(CharSequence,
   * start, end)} copies character by character through {@code charAt} on Java 17, too slow for a
   * whole document.
   */
  private static void escape(String text, StringBuilder out) {
    int length = text.length();
    int i = 0;
    while (i < length && isPlain(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      out.append(text);
      return;
    }
    int run = 0;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (isPlain(c) || (c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n'))) {
        continue;
      }
      String entity = switch (c) {
        case '\r' -> "";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\'' -> "&apos;";
        default -> null;
      };
      if (entity == null && Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(text, run, i).append(entity != null ? entity : String.valueOf(SafeText.REPLACEMENT));
      run = i + 1;
    }
    out.append(text, run, length);
  }

  /** A character written as it is: not one of {@code < > & " '}, not a surrogate or CR, and one XML holds. */
  private static boolean isPlain(char c) {
    if (c >= 0x3F) {
      return c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD);
    }
    if (c >= 0x20) {
      return c != '<' && c != '>' && c != '&' && c != '"' && c != '\'';
    }
    return c == '\t' || c == '\n';
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
    String name = NOT_CSS_NAME.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("-");
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
