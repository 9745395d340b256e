package dev.slippers.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes everything through {@link SafeText#forTerminal}: whatever a command prints
 * (messages, reports, diffs, JSON), a journey's escape sequences reach the terminal as visible
 * text. A high surrogate at the end of one write waits for the next, so pairs split across writes
 * stay whole.
 */
public final class TerminalWriter extends FilterWriter {

  private char pendingHigh;

  public TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    StringBuilder text = new StringBuilder(length + 1);
    if (pendingHigh != 0) {
      text.append(pendingHigh);
      pendingHigh = 0;
    }
    text.append(buffer, offset, length);
    if (text.length() > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
      pendingHigh = text.charAt(text.length() - 1);
      text.setLength(text.length() - 1);
    }
    out.write(SafeText.forTerminal(text.toString()));
  }

  @Override
  public void flush() throws IOException {
    // A high surrogate still waiting at a flush has no partner coming: show it, escaped.
    if (pendingHigh != 0) {
      out.write(SafeText.forTerminal(String.valueOf(pendingHigh)));
      pendingHigh = 0;
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      out.write(SafeText.forTerminal(String.valueOf(pendingHigh)));
      pendingHigh = 0;
    }
    out.close();
  }
}
