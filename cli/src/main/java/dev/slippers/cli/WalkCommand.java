package dev.slippers.cli;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.io.LoadResult;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.render.walk.Walk;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
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
    description = "Writes DIR/<journey-id>-walk.html, a single offline page: arrow keys or the buttons move between "
        + "steps, each step has a checklist whose answers export as pain_points: YAML, and it prints one step per page.")
final class WalkCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "JOURNEY", description = "The journey file.")
  Path journeyFile;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to write the walk into.")
  Path output;

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
    List<LoadResult> results = JourneyFiles.loadAll(List.of(journeyFile), journeyRoot.path());
    List<Journey> journeys = JourneyFiles.validJourneys(results, spec.commandLine().getErr());
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
    try {
      walk = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, path), Optional.ofNullable(persona));
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, journeyFile + ": " + e.getMessage(), e);
    }
    Path written;
    try (OutputFolder folder = new OutputFolder(output, JourneyFiles.inputFiles(results))) {
      written = folder.write(journey.id() + "-walk.html", WalkRenderer.html(walk));
    }
    spec.commandLine().getOut().println("wrote " + written);
    spec.commandLine().getOut().flush();
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
