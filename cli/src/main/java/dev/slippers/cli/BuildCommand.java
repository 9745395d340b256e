package dev.slippers.cli;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.render.JourneyRenderer;
import dev.slippers.render.png.PngRenderer;
import dev.slippers.render.report.FrictionReport;
import dev.slippers.render.report.Portfolio;
import dev.slippers.render.report.ReportRenderer;
import dev.slippers.render.report.SiteIndex;
import dev.slippers.render.walk.WalkPaths;
import dev.slippers.render.walk.WalkRenderer;
import dev.slippers.render.walk.Walks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slippers build DIR -o OUT}: everything for a folder of journeys in one folder, with an
 * index page: the job a team runs in CI and publishes.
 */
@Command(
    name = "build",
    header = "Build maps, reports and walks for every journey, a portfolio and an index page, into one folder.",
    description = {
      "For each valid journey writes the map as <id>.html, <id>.svg and <id>.png, the stage graph <id>-graph.svg, "
          + "the report <id>-report.html/.md/.json and the walk <id>-walk.html; then portfolio.html/.md/.json and "
          + "index.html linking everything.",
      "Invalid journeys are reported as problems and left out (exit code 1); inputs are never overwritten."})
final class BuildCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders of journeys, or journey files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to build into.")
  Path output;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LoadResult> results = JourneyFiles.loadAll(paths, journeyRoot.path());
    List<Journey> journeys = JourneyFiles.validJourneys(results, err);
    JourneyFiles.requireJourney(results, paths);
    JourneyFiles.requireDistinctIds(results);
    OutputFolder folder = new OutputFolder(output, JourneyFiles.inputFiles(results));
    Map<String, List<SiteIndex.Link>> links = new LinkedHashMap<>();
    List<FrictionReport> reports = new ArrayList<>();
    for (Journey journey : journeys) {
      JourneyAnalysis analysis = Analyses.analyze(journey);
      List<SiteIndex.Link> written = new ArrayList<>();
      writeMaps(folder, journey, analysis, written);
      FrictionReport report = Analyses.report(journey, analysis);
      reports.add(report);
      String name = journey.id() + "-report";
      written.add(link("report", folder.write(name + ".html", ReportRenderer.html(report))));
      written.add(link("report (Markdown)", folder.write(name + ".md", Analyses.markdown(journey, analysis, report))));
      written.add(link("report (JSON)", folder.write(name + ".json", ReportRenderer.json(report))));
      writeWalk(folder, journey, analysis, written, err);
      links.put(journey.id(), written);
    }
    Portfolio portfolio = Portfolio.of(reports);
    folder.write("portfolio.html", ReportRenderer.html(portfolio));
    folder.write("portfolio.md", ReportRenderer.markdown(portfolio));
    folder.write("portfolio.json", ReportRenderer.json(portfolio));
    Map<String, FrictionReport> byId = new LinkedHashMap<>();
    reports.forEach(r -> byId.put(r.journeyId(), r));
    List<SiteIndex.Entry> entries = portfolio.rows().stream()
        .map(row -> new SiteIndex.Entry(row.journeyId(), row.title(), row.frictionText(), row.successText(),
            row.topPain(), links.get(row.journeyId())))
        .toList();
    Path index = folder.write("index.html", new SiteIndex(entries, "portfolio.html").html());
    out.println("built " + journeys.size() + " journey(s) into " + output + "; open " + index);
    out.flush();
    return JourneyFiles.anyErrors(results) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  /** The maps under the names {@code slippers render} gives them. */
  private static void writeMaps(OutputFolder folder, Journey journey, JourneyAnalysis analysis,
      List<SiteIndex.Link> written) {
    JourneyRenderer renderer = new JourneyRenderer(journey, analysis);
    written.add(link("map", folder.write(journey.id() + ".html", renderer.html())));
    written.add(link("map (SVG)", folder.write(journey.id() + ".svg", renderer.mapSvg())));
    written.add(link("map (PNG)", folder.write(journey.id() + ".png", renderer.mapPng(PngRenderer.Size.scale(1)))));
    written.add(link("stage graph", folder.write(journey.id() + "-graph.svg", renderer.graphSvg())));
  }

  private static void writeWalk(OutputFolder folder, Journey journey, JourneyAnalysis analysis,
      List<SiteIndex.Link> written, PrintWriter err) {
    try {
      var walk = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY), Optional.empty());
      written.add(link("slippers walk", folder.write(journey.id() + "-walk.html", WalkRenderer.html(walk))));
    } catch (IllegalArgumentException e) {
      err.println("slippers: " + journey.id() + ": no walk: " + e.getMessage());
      err.flush();
    }
  }

  private static SiteIndex.Link link(String label, Path file) {
    return new SiteIndex.Link(label, file.getFileName().toString());
  }
}
