package dev.slippers.cli;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.io.LoadResult;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.render.walk.Walk;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers walk JOURNEY -o DIR}: the step-by-step walk of one path, for a review session. */
@Command(
    name = "walk",
    header = "Write the slippers walk: one path, stage by stage, as the persona, with a reviewer's checklist.",
    description = {"Writes DIR/<journey-id>-walk.html, a single offline page: arrow keys or the buttons move between "
        + "steps, each step has a checklist whose answers export as pain_points: YAML, and it prints one step per page.",
      "--format json prints the steps of the path as one document instead (format " + WalkJson.FORMAT + ", figures as "
        + "numbers, problems inside), or writes DIR/<journey-id>-walk.json with -o DIR. -o - prints either to "
        + "standard output."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers walk journeys/shirt-store.yaml -o out/",
      "  slippers walk journeys/shirt-store.yaml -o out/ --path highest-friction",
      "  slippers walk journeys/shirt-store.yaml --format json"})
final class WalkCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "JOURNEY", description = "The journey file.")
  Path journeyFile;

  /** What the walk is written as. */
  enum Format { html, json }

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Folder to write the walk into (needed for html); '-' prints it to standard output.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
      description = "html (default, needs -o) or json (printed unless -o DIR).")
  Format format;

  @Option(names = "--path", paramLabel = "PATH", defaultValue = WalkPaths.MOST_LIKELY,
      description = "most-likely (default), highest-friction, or stage ids separated by commas.")
  String path;

  @Option(names = "--persona", paramLabel = "ID", description = "Whose emotions to show (default: the journey's persona).")
  String persona;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    if (Files.isDirectory(journeyFile)) {
      throw new UserException(ExitCode.USAGE_OR_IO, journeyFile + " is a folder; a walk follows one journey, so give its file");
    }
    if (format == Format.html && output == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the HTML walk needs -o DIR (or -o - for standard output); --format json prints the steps instead");
    }
    boolean json = format == Format.json;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LoadResult> results = JourneyFiles.loadAll(List.of(journeyFile), journeyRoot.path());
    if (json && JourneyFiles.anyErrors(results)) {
      // Problems inside the document, as analyze and validate give them; one line on stderr for a person.
      out.print(ProblemsJson.invalid(WalkJson.FORMAT, results));
      out.flush();
      err.println("slippers: " + journeyFile + " has errors; they are in the JSON document's problems");
      err.flush();
      return ExitCode.PROBLEMS;
    }
    List<Journey> journeys = JourneyFiles.validJourneys(results, json ? new PrintWriter(java.io.Writer.nullWriter()) : err);
    if (journeys.isEmpty()) {
      if (!JourneyFiles.anyErrors(results)) {
        throw new UserException(ExitCode.USAGE_OR_IO, journeyFile + " is a catalogue, not a journey; give a journey file");
      }
      return ExitCode.PROBLEMS;
    }
    Journey journey = journeys.get(0);
    checkPathName(journey);
    JourneyAnalysis analysis = Analyses.analyze(journey);
    Walk walk;
    WalkPaths.Choice choice;
    try {
      choice = WalkPaths.choose(journey, analysis, path);
      walk = Walks.of(journey, analysis, choice, Optional.ofNullable(persona));
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, journeyFile + ": " + e.getMessage(), e);
    }
    String text = json ? WalkJson.of(journey, analysis, path.strip(), choice, walk, Optional.ofNullable(persona), results)
        : WalkRenderer.html(walk);
    if (output == null || StandardOutput.is(output)) {
      out.print(text);
      out.flush();
      return ExitCode.OK;
    }
    Path written;
    try (OutputFolder folder = new OutputFolder(output, JourneyFiles.inputFiles(results))) {
      written = folder.write(journey.id() + "-walk." + format, text);
    }
    out.println("wrote " + written);
    out.flush();
    return ExitCode.OK;
  }

  /** A misspelt path name ('highest_friction') is not a stage id either: say which name was meant. */
  private void checkPathName(Journey journey) {
    String name = path.strip();
    boolean isStage = journey.stages().stream().anyMatch(s -> s.id().equals(name));
    if (!name.contains(",") && !isStage) {
      Suggestions.closest(name, List.of(WalkPaths.MOST_LIKELY, WalkPaths.HIGHEST_FRICTION)).filter(s -> !s.equals(name))
          .ifPresent(meant -> {
            throw new UserException(ExitCode.USAGE_OR_IO, "--path " + name + ": did you mean " + meant + "?");
          });
    }
  }
}
