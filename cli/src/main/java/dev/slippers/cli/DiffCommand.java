package dev.slippers.cli;

import dev.slippers.diff.DiffJson;
import dev.slippers.diff.JourneyDiff;
import dev.slippers.diff.JourneyDiffer;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.render.report.DiffRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers diff OLD NEW}: what changed between two versions of a journey. */
@Command(
    name = "diff",
    header = "Compare two versions of a journey: changes, friction per stage, outcomes, metrics across targets.",
    description = "OLD and NEW are matched by stage, touchpoint and pain point ids: as-is against to-be, or last "
        + "quarter against this one. With --fail-on-regression the exit code is 1 when the value per period fell (economics "
        + "given), the success probability fell or the experience per entering customer worsened, so a team can gate "
        + "changes in CI; more customers continuing is never a regression.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers diff journeys/shirt-store.yaml journeys/shirt-marketplace.yaml",
      "  slippers diff --format markdown old/banquet.yaml journeys/banquet.yaml",
      "  slippers diff --fail-on-regression old/lab-tests.yaml journeys/lab-tests.yaml"})
final class DiffCommand implements Callable<Integer> {

  /** Output formats of the diff. */
  enum Format { text, markdown, json, html }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old journey file.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new journey file.")
  Path newFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), markdown, json or html (one self-contained page: the gate's verdict first).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the diff to this file instead of standard output ('-' for standard output). An existing "
          + "file is replaced only when an earlier slippers diff wrote it.")
  Path output;

  @Option(names = "--fail-on-regression", description = "Exit 1 when value per period, success or experience got worse.")
  boolean failOnRegression;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (JourneyFiles.isStdin(oldFile) && JourneyFiles.isStdin(newFile)) {
      throw new UserException(ExitCode.USAGE_OR_IO, "both sides are '-'; standard input can be one side of the diff, "
          + "give the other as a file (e.g. git show main:j.yaml | slippers diff - j.yaml)");
    }
    try {
      refuseAnInput();
    } catch (java.io.IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot check " + output + ": " + IoProblems.reason(e), e);
    }
    boolean json = format == Format.json;
    // In JSON the problems go into the document, not to standard error as text.
    PrintWriter problemsTo = json ? new PrintWriter(java.io.Writer.nullWriter()) : err;
    List<LoadResult> loaded = new java.util.ArrayList<>();
    Optional<Journey> before = load(oldFile, problemsTo, loaded);
    Optional<Journey> after = load(newFile, problemsTo, loaded);
    if (before.isEmpty() || after.isEmpty()) {
      if (json) {
        emit(ProblemsJson.invalid(DiffJson.FORMAT, loaded), err);
        err.println("slippers: a journey has errors; they are in the JSON document's problems");
        err.flush();
      }
      return ExitCode.PROBLEMS;
    }
    JourneyDiff diff = JourneyDiffer.diff(before.get(), Analyses.analyze(before.get()), after.get(),
        Analyses.analyze(after.get()));
    String document = switch (format) {
      case text -> DiffRenderer.text(diff, before.get(), after.get());
      case markdown -> DiffRenderer.markdown(diff, before.get(), after.get());
      case json -> json(diff, loaded);
      case html -> DiffRenderer.html(diff, before.get(), after.get());
    };
    emit(document, err);
    if (failOnRegression && diff.regressed()) {
      err.println("slippers: regression: " + String.join(" and ", diff.regressions()));
      err.flush();
      return ExitCode.PROBLEMS;
    }
    return ExitCode.OK;
  }

  /** {@code -o} naming a journey compared is refused before anything is read or written. */
  private void refuseAnInput() throws java.io.IOException {
    if (output == null || StandardOutput.is(output) || !java.nio.file.Files.exists(output)) {
      return;
    }
    for (Path input : List.of(oldFile, newFile)) {
      if (!JourneyFiles.isStdin(input) && java.nio.file.Files.exists(input) && java.nio.file.Files.isSameFile(output, input)) {
        throw new UserException(ExitCode.USAGE_OR_IO, "-o " + output + " is one of the journeys compared; give another file");
      }
    }
  }

  /** Prints the document, or writes it to {@code -o FILE}. */
  private void emit(String document, PrintWriter err) {
    if (output == null || StandardOutput.is(output)) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(document);
      out.flush();
    } else {
      write(document);
      err.println("slippers: wrote " + output);
      err.flush();
    }
  }

  /**
   * How each format of an earlier diff begins or what it holds, so that {@code -o FILE} replaces a
   * diff it wrote before and nothing else (a user's notes, a journey, another tool's output).
   */
  static boolean earlierDiff(String text) {
    return text.startsWith("<!DOCTYPE html>") && text.contains("<meta name=\"generator\" content=\"Slippers diff\">")
        || text.startsWith("{") && text.contains("\"format\" : \"" + DiffJson.FORMAT.replaceFirst("/.*", "/"))
        || text.startsWith("## Journey diff: ") || text.startsWith("## Сравнение путей: ")
        || java.util.regex.Pattern.compile("\\A\\S+ -> \\S+\n(?s).*\n(Changes|Изменения) \\(\\d+\\):\n").matcher(text).find();
  }

  /** Writes beside the target and renames into place, so that an interrupted run leaves no half file. */
  private void write(String document) {
    Path target = output.toAbsolutePath();
    try {
      refuseAnInput();
      if (java.nio.file.Files.isSymbolicLink(target) || java.nio.file.Files.isDirectory(target)) {
        throw new UserException(ExitCode.USAGE_OR_IO, "-o " + output + " is a " + (java.nio.file.Files.isDirectory(target)
            ? "folder" : "symbolic link") + "; give a file name for the diff");
      }
      if (java.nio.file.Files.exists(target)) {
        String existing = java.nio.file.Files.isRegularFile(target) && java.nio.file.Files.size(target) < 64L << 20
            ? readOrEmpty(target) : "";
        if (!earlierDiff(existing)) {
          throw new UserException(ExitCode.USAGE_OR_IO, "-o " + output + " exists and is not an earlier slippers diff, "
              + "so it is not replaced; give another file or remove it first");
        }
      }
      Path parent = target.getParent();
      java.nio.file.Files.createDirectories(parent);
      Path temp = java.nio.file.Files.createTempFile(parent, ".slippers-diff-", ".tmp");
      try {
        java.nio.file.Files.writeString(temp, document, java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        java.nio.file.Files.deleteIfExists(temp);
      }
    } catch (java.io.IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot write " + output + ": " + IoProblems.reason(e), e);
    }
  }

  private static String readOrEmpty(Path file) throws java.io.IOException {
    try {
      return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      return "";
    }
  }

  private static String json(JourneyDiff diff, List<LoadResult> loaded) {
    com.fasterxml.jackson.databind.node.ObjectNode tree = DiffJson.tree(diff);
    tree.set("problems", ProblemsJson.of(loaded));
    return DiffJson.write(tree);
  }

  private Optional<Journey> load(Path file, PrintWriter err, List<LoadResult> loaded) {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new UserException(ExitCode.USAGE_OR_IO, file + " is a folder; diff compares two journey files");
    }
    List<LoadResult> results = JourneyFiles.loadAll(List.of(file), journeyRoot.path());
    loaded.addAll(results);
    List<Journey> journeys = JourneyFiles.validJourneys(results, err);
    if (journeys.isEmpty() && !JourneyFiles.anyErrors(results)) {
      throw new UserException(ExitCode.USAGE_OR_IO, file + " is a catalogue, not a journey; diff compares two journey files");
    }
    return journeys.stream().findFirst();
  }
}
