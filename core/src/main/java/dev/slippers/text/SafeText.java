package dev.slippers.text;

import java.util.OptionalInt;

/**
 * The two places where a journey's text meets something that would interpret it rather than show
 * it: XML (SVG, HTML), which cannot hold some characters at all, and terminals, which obey control
 * and escape characters. Written by hand: the JDK has no predicate for XML 1.0's {@code Char}
 * production, and escaping for terminals is a few lines of policy, not a library.
 */
public final class SafeText {

  /** Shown in place of a character XML cannot hold: visible, and valid everywhere. */
  public static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /**
   * Whether XML 1.0 can hold the code point ({@code Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] |
   * [#xE000-#xFFFD] | [#x10000-#x10FFFF]}). Lone surrogates are not code points XML can hold.
   */
  public static boolean isXmlChar(int codePoint) {
    return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  /** The char index of the first character XML cannot hold, or empty when the text is clean. O(length). */
  public static OptionalInt firstNonXml(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!isXmlChar(codePoint)) {
        return OptionalInt.of(i);
      }
      i += Character.charCount(codePoint);
    }
    return OptionalInt.empty();
  }

  /** The text with every character XML cannot hold replaced by {@link #REPLACEMENT}; the same string when clean. */
  public static String forXml(String text) {
    if (text == null || firstNonXml(text).isEmpty()) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      clean.appendCodePoint(isXmlChar(codePoint) ? codePoint : REPLACEMENT);
      i += Character.charCount(codePoint);
    }
    return clean.toString();
  }

  /** {@code U+001B}: how messages name a character. */
  public static String codePointName(int codePoint) {
    return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
  }

  /**
   * Whether a terminal would act on the character instead of showing it: C0 controls other than
   * tab and line feed (ESC starts colour, title and clear-screen sequences; CR overwrites a line),
   * DEL, C1 controls (U+009B is a one-character CSI), the bidirectional overrides and isolates that
   * reorder what is shown, and lone surrogates.
   */
  public static boolean isTerminalControl(int codePoint) {
    return (codePoint < 0x20 && codePoint != '\n' && codePoint != '\t')
        || (codePoint >= 0x7F && codePoint <= 0x9F)
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069)
        || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C
        || (codePoint >= 0xD800 && codePoint <= 0xDFFF);
  }

  /**
   * The text as a terminal may print it: every {@linkplain #isTerminalControl control} written as
   * {@code \}{@code u001b} (also a valid escape inside JSON strings, so JSON output stays JSON).
   */
  public static String forTerminal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int width = Character.charCount(codePoint);
      if (isTerminalControl(codePoint)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", codePoint));
      } else if (out != null) {
        out.append(text, i, i + width);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }
}
