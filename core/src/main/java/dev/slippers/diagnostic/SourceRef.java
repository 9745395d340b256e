package dev.slippers.diagnostic;

/**
 * A place in a source file, 1-based. A line or column of 0 means "unknown": the whole file or the
 * whole line.
 *
 * @param file   the path as the user gave it (relative paths stay relative in messages)
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

  public static SourceRef file(String file) {
    return new SourceRef(file, 0, 0);
  }

  /** {@code file:line:col}, leaving out what is unknown, as compilers and editors expect. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourceRef other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }
}
