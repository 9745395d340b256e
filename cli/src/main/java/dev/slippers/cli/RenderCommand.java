package dev.slippers.cli;

import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.render.JourneyRenderer;
import dev.slippers.render.png.PngRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers render PATH... -o DIR}: the map, the stage graph, PNG and HTML of each journey. */
@Command(
    name = "render",
    header = "Draw journey maps: the map and stage graph as SVG, a PNG and a self-contained HTML page.",
    description = {
      "Writes DIR/<id>.svg (the map), DIR/<id>-graph.svg (the stage graph), DIR/<id>.png (the map; "
          + "graph-png adds DIR/<id>-graph.png) and DIR/<id>.html (both, with hover details, a persona "
          + "switch and the friction ranking; opens offline). Folders are searched for journeys.",
      "Each file is written to a temporary file and moved into place; no input is ever overwritten. "
          + "The same journey gives the same bytes on every run; SVG and HTML also on every machine.",
      "Invalid journeys are reported as file:line:col and not drawn; the valid ones still are, and "
          + "the exit code is 1.",
      "--summary json prints, instead of the list of files, one document (format " + RenderCommand.JSON_FORMAT
          + ") with the files written and the problems."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers render journeys/shirt-store.yaml -o out/",
      "  slippers render journeys/ -o out/ --format svg,graph --summary json",
      "  slippers render journeys/shirt-store.yaml --format svg -o - > shirt-store.svg"})
final class RenderCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Journey files or folders of journeys.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Folder for the pictures; created when missing. '-' prints one picture (--format svg, graph "
          + "or html of one journey) to standard output.")
  Path output;

  @CommandLine.Mixin PictureOptions pictures;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @CommandLine.Mixin OutputSummary summary;

  /** The {@code format} field of the {@code --summary json} document. */
  static final String JSON_FORMAT = "slippers-render/1";

  @Override
  public Integer call() {
    Set<String> wanted = pictures.formats(PictureOptions.RENDER_DEFAULT);
    PngRenderer.Size size = pictures.pngSize();
    List<LoadResult> results = JourneyFiles.loadAll(paths, journeyRoot.path());
    PrintWriter err = spec.commandLine().getErr();
    if (summary.json() && StandardOutput.is(output)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--summary json describes files written to a folder; with -o - the picture itself is the output");
    }
    List<Journey> journeys = JourneyFiles.validJourneys(results, summary.problems(err));
    JourneyFiles.requireJourney(results, paths);
    JourneyFiles.requireDistinctIds(results);
    if (StandardOutput.is(output)) {
      return renderToStandardOutput(results, journeys, wanted);
    }
    JourneyFiles.requireDistinctOutputs(results, id -> wanted.stream().map(f -> fileName(id, f)).toList(), Map.of());
    try (OutputFolder folder = new OutputFolder(output, JourneyFiles.inputFiles(results))) {
      folder.claim(journeys.stream().flatMap(j -> wanted.stream().map(f -> fileName(j.id(), f))).toList());
      return render(folder, results, journeys, wanted, size);
    }
  }

  /** {@code -o -}: one text picture of one journey, nothing else on standard output. */
  private int renderToStandardOutput(List<LoadResult> results, List<Journey> journeys, Set<String> wanted) {
    if (wanted.size() != 1) {
      throw StandardOutput.refused("--format asks for " + String.join(", ", wanted) + "; choose one");
    }
    String format = wanted.iterator().next();
    if (format.endsWith("png")) {
      throw StandardOutput.refused("a PNG is binary and is not printed to a terminal; write it with -o DIR");
    }
    if (journeys.size() > 1) {
      throw StandardOutput.refused(journeys.size() + " journeys were given; give one journey file");
    }
    if (!journeys.isEmpty()) {
      JourneyRenderer renderer = new JourneyRenderer(journeys.get(0), Analyses.analyze(journeys.get(0)));
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(PictureOptions.draw(renderer, format, null), java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    }
    return JourneyFiles.anyErrors(results) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private static String fileName(String id, String format) {
    return switch (format) {
      case "svg" -> id + ".svg";
      case "graph" -> id + "-graph.svg";
      case "png" -> id + ".png";
      case "graph-png" -> id + "-graph.png";
      case "html" -> id + ".html";
      default -> throw new IllegalStateException("unchecked format " + format);
    };
  }

  private int render(OutputFolder folder, List<LoadResult> results, List<Journey> journeys, Set<String> wanted,
      PngRenderer.Size size) {
    PrintWriter out = spec.commandLine().getOut();
    for (Journey journey : journeys) {
      JourneyRenderer renderer = new JourneyRenderer(journey, Analyses.analyze(journey));
      String id = journey.id();
      for (String format : wanted) {
        Path written;
        try {
          written = write(folder, renderer, id, format, size);
        } catch (PngRenderer.TooLargeException e) {
          throw new UserException(ExitCode.USAGE_OR_IO, journey.id() + ": " + e.getMessage(), e);
        }
        summary.written(id, format, written);
        if (!summary.json()) {
          out.println(written);
        }
      }
    }
    if (summary.json()) {
      out.print(summary.document(JSON_FORMAT, output, results));
      if (JourneyFiles.anyErrors(results)) {
        spec.commandLine().getErr().println("slippers: some journeys have errors; they are in the JSON document's problems");
        spec.commandLine().getErr().flush();
      }
    }
    out.flush();
    return JourneyFiles.anyErrors(results) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private static Path write(OutputFolder folder, JourneyRenderer renderer, String id, String format,
      PngRenderer.Size size) {
    return folder.write(PictureOptions.fileName(id, format), PictureOptions.draw(renderer, format, size));
  }
}
