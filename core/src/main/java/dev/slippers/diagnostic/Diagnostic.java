package dev.slippers.diagnostic;

import java.util.Comparator;

/**
 * One problem in a journey.
 *
 * @param ruleId   a stable dotted id such as {@code transition.target.unknown}, for filtering and docs
 * @param severity error or warning
 * @param message  what is wrong, in one sentence without a trailing period
 * @param hint     what to do about it; may be empty
 * @param where    the place in the source
 */
public record Diagnostic(String ruleId, Severity severity, String message, String hint, SourceRef where) {

  /** Order of a report: by file, line and column, then by rule for problems at the same spot. */
  public static final Comparator<Diagnostic> BY_PLACE =
      Comparator.comparing(Diagnostic::where).thenComparing(Diagnostic::ruleId).thenComparing(Diagnostic::message);

  public static Diagnostic error(String ruleId, SourceRef where, String message, String hint) {
    return new Diagnostic(ruleId, Severity.ERROR, message, hint, where);
  }

  public static Diagnostic warning(String ruleId, SourceRef where, String message, String hint) {
    return new Diagnostic(ruleId, Severity.WARNING, message, hint, where);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Compiler style: {@code path/file.yaml:12:5: error: message (hint) [rule.id]}. */
  public String format() {
    StringBuilder text = new StringBuilder()
        .append(where).append(": ").append(severity.label()).append(": ").append(message);
    if (!hint.isEmpty()) {
      text.append(" (").append(hint).append(')');
    }
    return text.append(" [").append(ruleId).append(']').toString();
  }
}
