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
  enum Format { text, markdown, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old journey file.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new journey file.")
  Path newFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), markdown or json.")
  Format format;

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
    boolean json = format == Format.json;
    // In JSON the problems go into the document, not to standard error as text.
    PrintWriter problemsTo = json ? new PrintWriter(java.io.Writer.nullWriter()) : err;
    List<LoadResult> loaded = new java.util.ArrayList<>();
    Optional<Journey> before = load(oldFile, problemsTo, loaded);
    Optional<Journey> after = load(newFile, problemsTo, loaded);
    if (before.isEmpty() || after.isEmpty()) {
      if (json) {
        spec.commandLine().getOut().print(ProblemsJson.invalid(DiffJson.FORMAT, loaded));
        spec.commandLine().getOut().flush();
        err.println("slippers: a journey has errors; they are in the JSON document's problems");
        err.flush();
      }
      return ExitCode.PROBLEMS;
    }
    JourneyDiff diff = JourneyDiffer.diff(before.get(), Analyses.analyze(before.get()), after.get(),
        Analyses.analyze(after.get()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case text -> DiffRenderer.text(diff, before.get(), after.get());
      case markdown -> DiffRenderer.markdown(diff, before.get(), after.get());
      case json -> json(diff, loaded);
    });
    out.flush();
    if (failOnRegression && diff.regressed()) {
      err.println("slippers: regression: " + String.join(" and ", diff.regressions()));
      err.flush();
      return ExitCode.PROBLEMS;
    }
    return ExitCode.OK;
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
