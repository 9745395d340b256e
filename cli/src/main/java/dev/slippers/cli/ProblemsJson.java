package dev.slippers.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.LoadResult;
import java.util.List;

/**
 * Problems inside a JSON document: with {@code --format json} a tool reads one document from
 * standard output and finds the problems there, not as text on standard error. Every document
 * carries the same {@code problems} list, camelCase like the rest.
 */
final class ProblemsJson {

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProblemsJson() {}

  /** {@code [{file, line, column, severity, rule, message, hint}]}, in the order the loader sorted them. */
  static ArrayNode of(List<LoadResult> results) {
    ArrayNode problems = MAPPER.createArrayNode();
    results.forEach(r -> r.diagnostics().forEach(d -> add(problems, d)));
    return problems;
  }

  static void add(ArrayNode problems, Diagnostic d) {
    ObjectNode problem = problems.addObject();
    problem.put("file", d.where().file());
    problem.put("line", d.where().line());
    problem.put("column", d.where().column());
    problem.put("severity", d.severity().label());
    problem.put("rule", d.ruleId());
    problem.put("message", d.message());
    problem.put("hint", d.hint());
  }

  /**
   * The document a command prints instead of its result when a journey has errors: its format, {@code
   * valid: false} and the problems, so that a script parses standard output either way.
   */
  static String invalid(String format, List<LoadResult> results) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", format);
    root.put("valid", false);
    root.set("problems", of(results));
    return write(root);
  }

  static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** "1 error, 2 warnings": counted words for the summaries on standard error. */
  static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
