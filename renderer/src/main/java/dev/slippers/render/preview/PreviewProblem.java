package dev.slippers.render.preview;

import dev.slippers.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One located problem as the preview shows it: where ({@code file:line:col}), what, what to do, the
 * rule, and the line of the source it points at with a caret under the column.
 *
 * @param where    {@code file:line:col} as compilers print it, so it can be pasted into an editor
 * @param severity {@code error} or {@code warning}
 * @param source   the source line the problem points at, empty when unknown
 * @param caret    spaces up to the column then {@code ^}, empty when the column is unknown
 */
public record PreviewProblem(String where, String severity, String message, String hint, String rule, String source,
    String caret) {

  /**
   * The problems of a file as the preview shows them.
   *
   * @param linesOf the lines of a source file by the name diagnostics use, or nothing when it cannot
   *     be read (a deleted include): the problem is then shown without its line
   */
  public static List<PreviewProblem> of(List<Diagnostic> diagnostics, Function<String, Optional<List<String>>> linesOf) {
    return diagnostics.stream().map(d -> of(d, linesOf)).toList();
  }

  private static PreviewProblem of(Diagnostic d, Function<String, Optional<List<String>>> linesOf) {
    String source = "";
    String caret = "";
    int line = d.where().line();
    if (line > 0) {
      Optional<List<String>> lines = linesOf.apply(d.where().file());
      if (lines.isPresent() && line <= lines.get().size()) {
        source = lines.get().get(line - 1);
        int column = d.where().column();
        if (column > 0 && column <= source.length() + 1) {
          // Tabs stay tabs under the source line, so the caret lines up however the browser shows them.
          StringBuilder pad = new StringBuilder();
          for (int i = 0; i < column - 1; i++) {
            pad.append(source.charAt(i) == '\t' ? '\t' : ' ');
          }
          caret = pad.append('^').toString();
        }
      }
    }
    return new PreviewProblem(d.where().toString(), d.severity().label(), d.message(), d.hint(), d.ruleId(), source, caret);
  }
}
