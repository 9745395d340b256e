package dev.slippers.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker output format for Markdown ({@code .ftlmd} templates), with auto-escaping on.
 *
 * <p>FreeMarker ships escaping for HTML, XML and RTF only. Reports go into pull-request comments,
 * where a pain point described as {@code **urgent** | see [here](...)} would otherwise become bold
 * text, break the table it sits in and add a link the author never wrote, and raw {@code <tags>}
 * would reach the page as HTML. So every interpolated value is escaped: the ASCII punctuation that
 * means something anywhere in a line gets a backslash (CommonMark lets any ASCII punctuation be
 * escaped that way), a value that starts with a block marker ({@code #}, {@code -}, {@code +},
 * {@code 1.}) is kept from starting a heading or a list, and line breaks become spaces so a value can
 * never leave its table cell or list item. Punctuation that matters only at the start of a line,
 * such as the minus of {@code -3.3} or a parenthesis, is left alone inside a value so that the
 * Markdown stays readable as plain text in a pull request. Text the template writes itself is left
 * as it is.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  /** Characters that mean something anywhere in a line in CommonMark or GitHub tables. */
  private static final String SIGNIFICANT = "\\`*_[]<>|~&";
  /** Characters that start a block (heading, list, quote, rule) when they open a line. */
  private static final String LEADING = "#+-=";
  private static final Pattern LEADING_ORDINAL = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");

  private MarkdownOutputFormat() {}

  /** Escapes text for any place in a Markdown document, as described in the class comment. */
  public static String escape(String text) {
    String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    StringBuilder out = new StringBuilder(flat.length() + 16);
    Matcher ordinal = LEADING_ORDINAL.matcher(flat);
    int start = 0;
    if (ordinal.find()) {
      out.append(ordinal.group(1)).append('\\').append(ordinal.group(2));
      start = ordinal.end();
    } else if (!flat.isEmpty() && LEADING.indexOf(flat.charAt(0)) >= 0) {
      out.append('\\');
    }
    for (int i = start; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (SIGNIFICANT.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Model(plainTextContent, markupContent);
  }

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  /** A piece of Markdown as FreeMarker passes it around between directives. */
  public static final class Model extends CommonTemplateMarkupOutputModel<Model> {

    Model(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
