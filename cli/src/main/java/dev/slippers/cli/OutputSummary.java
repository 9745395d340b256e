package dev.slippers.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slippers.io.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --summary json} on the commands that write files ({@code render}, {@code build}): what was
 * written, what was left out and why, and the problems, as one JSON document on standard output.
 * It is not {@code --format}, which on these commands already chooses the pictures.
 */
final class OutputSummary {

  /** How the summary is printed. */
  enum Kind { text, json }

  @Option(names = "--summary", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default: the files written, one a line) or json (one document with the files written, "
          + "those left out and the problems; problems are then not printed as text).")
  Kind kind = Kind.text;

  /** A file written, for the document. */
  record Written(String journey, String kind, Path file) {}

  /** An output left out, and why. */
  record Skipped(String journey, String file, String reason) {}

  private final List<Written> written = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  boolean json() {
    return kind == Kind.json;
  }

  /** Where problems go as text: standard error, or nowhere when the document carries them. */
  PrintWriter problems(PrintWriter err) {
    return json() ? new PrintWriter(java.io.Writer.nullWriter()) : err;
  }

  void written(String journey, String kind, Path file) {
    written.add(new Written(journey, kind, file));
  }

  void skipped(String journey, String file, String reason) {
    skipped.add(new Skipped(journey, file, reason));
  }

  /** The document: {@code format}, {@code valid}, {@code output}, {@code written}, {@code skipped}, {@code problems}. */
  String document(String format, Path output, List<LoadResult> results) {
    ObjectNode root = ProblemsJson.MAPPER.createObjectNode();
    root.put("format", format);
    root.put("valid", !JourneyFiles.anyErrors(results));
    root.put("output", output.toString());
    ArrayNode files = root.putArray("written");
    for (Written w : written) {
      ObjectNode file = files.addObject();
      file.put("journey", w.journey());
      file.put("kind", w.kind());
      file.put("file", w.file().toString());
    }
    ArrayNode left = root.putArray("skipped");
    for (Skipped s : skipped) {
      ObjectNode file = left.addObject();
      file.put("journey", s.journey());
      file.put("file", s.file());
      file.put("reason", s.reason());
    }
    root.set("problems", ProblemsJson.of(results));
    return ProblemsJson.write(root);
  }
}
