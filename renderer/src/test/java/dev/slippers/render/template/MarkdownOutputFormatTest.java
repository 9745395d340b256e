package dev.slippers.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownOutputFormatTest {

  @Test
  void escapesEveryMarkdownSignificantCharacter() {
    assertEquals("\\*\\*bold\\*\\* \\_x\\_ \\`code\\` !\\[a\\](b) \\<b\\> a \\| b # \\~\\~s\\~\\~ {} \\\\ + - \\&amp;",
        MarkdownOutputFormat.escape("**bold** _x_ `code` ![a](b) <b> a | b # ~~s~~ {} \\ + - &amp;"));
  }

  @Test
  void escapesBlockMarkersOnlyWhereAValueCouldOpenALine() {
    assertEquals("\\# not a heading", MarkdownOutputFormat.escape("# not a heading"));
    assertEquals("\\- not a list", MarkdownOutputFormat.escape("- not a list"));
    assertEquals("\\-3.3 (-7.7%)", MarkdownOutputFormat.escape("-3.3 (-7.7%)"));
    assertEquals("success +0.7 pp, friction -3.33 (-7.7%)",
        MarkdownOutputFormat.escape("success +0.7 pp, friction -3.33 (-7.7%)"));
  }

  @Test
  void keepsValuesOnOneLineAndOutOfListsButLeavesNumbersAlone() {
    assertEquals("first second third", MarkdownOutputFormat.escape("first\nsecond\r\nthird"));
    assertEquals("1\\. not a list", MarkdownOutputFormat.escape("1. not a list"));
    assertEquals("2\\) nor this", MarkdownOutputFormat.escape("2) nor this"));
    assertEquals("28.3%", MarkdownOutputFormat.escape("28.3%"));
    assertEquals("Кириллица остаётся как есть.", MarkdownOutputFormat.escape("Кириллица остаётся как есть."));
  }
}
