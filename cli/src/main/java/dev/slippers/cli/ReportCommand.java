package dev.slippers.cli;

import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.render.report.FrictionReport;
import dev.slippers.render.report.Portfolio;
import dev.slippers.render.report.ReportRenderer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers report PATH...}: the friction report of each journey, and a portfolio of several. */
@Command(
    name = "report",
    header = "Write friction reports: top pain points by impact, outcome funnel, missed targets, loops, what-ifs.",
    description = {
      "With -o DIR, writes <journey-id>-report.html, .md and .json for each journey, and portfolio.html, .md and "
          + ".json ranking all of them when a folder or several journeys are given.",
      "Without -o, prints the Markdown reports, ready for a pull-request comment.",
      "Invalid journeys are reported as problems (exit code 1); the valid ones are still reported."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers report journeys/shirt-store.yaml",
      "  slippers report journeys/ -o out/",
      "  slippers report journeys/shirt-store.yaml --format json -o -"})
final class ReportCommand implements Callable<Integer> {

  /** Output formats of a report. */
  enum Format { html, md, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Journey files or folders of journeys.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write the reports into; '-' prints one report (--format md or json) to standard output.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "Which of html, md, json to write with -o (default: all three).")
  Set<Format> formats = EnumSet.allOf(Format.class);

  @Option(names = "--samples", paramLabel = "N", defaultValue = "" + dev.slippers.render.report.FrictionReports.SAMPLES,
      description = "For a journey that carries counts (calibrate --write): journeys drawn for the 95%% intervals "
          + "(default: ${DEFAULT-VALUE}; docs/analysis.md, section 15).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + dev.slippers.analysis.uncertainty.UncertaintyAnalysis.DEFAULT_SEED,
      description = "Seed of those draws (default: ${DEFAULT-VALUE}); the same seed gives the same report.")
  long seed;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    if (formats.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format names no format; choose from html, md, json");
    }
    if (samples < 1 || samples > dev.slippers.analysis.uncertainty.UncertaintyAnalysis.MAX_SAMPLES) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--samples must be between 1 and "
          + dev.slippers.analysis.uncertainty.UncertaintyAnalysis.MAX_SAMPLES + ", was " + samples);
    }
    boolean toStandardOutput = StandardOutput.is(output);
    if (toStandardOutput) {
      if (!spec.commandLine().getParseResult().hasMatchedOption("--format")) {
        formats = EnumSet.of(Format.md);
      }
      if (formats.size() != 1) {
        throw StandardOutput.refused("--format asks for " + formats.size() + " formats; choose one of md, json, html");
      }
    }
    if (output == null && !formats.equals(EnumSet.of(Format.md)) && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format chooses the files written with -o DIR; without -o the report prints as Markdown, so add -o DIR");
    }
    List<LoadResult> results = JourneyFiles.loadAll(paths, journeyRoot.path());
    boolean jsonToStandardOutput = toStandardOutput && formats.contains(Format.json);
    // A JSON document on standard output carries the problems itself.
    List<Journey> journeys = JourneyFiles.validJourneys(results,
        jsonToStandardOutput ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getErr());
    JourneyFiles.requireJourney(results, paths);
    JourneyFiles.requireDistinctIds(results);
    List<FrictionReport> reports = new ArrayList<>();
    java.util.Map<String, String> markdown = new java.util.HashMap<>();
    for (Journey journey : journeys) {
      var analysis = Analyses.analyze(journey);
      FrictionReport report = Analyses.report(journey, analysis, samples, seed);
      reports.add(report);
      markdown.put(report.journeyId(), Analyses.markdown(journey, analysis, report));
    }
    boolean portfolio = reports.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
    PrintWriter out = spec.commandLine().getOut();
    if (toStandardOutput) {
      if (reports.size() > 1) {
        throw StandardOutput.refused(reports.size() + " journeys give " + (reports.size() + 1) + " reports; give one journey");
      }
      if (jsonToStandardOutput && reports.isEmpty()) {
        out.print(ProblemsJson.invalid(ReportRenderer.REPORT_FORMAT, results));
      }
      for (FrictionReport report : reports) {
        Format format = formats.iterator().next();
        out.print(switch (format) {
          case md -> markdown.get(report.journeyId());
          case json -> ReportRenderer.json(ReportRenderer.tree(report).set("problems", ProblemsJson.of(results)));
          case html -> ReportRenderer.html(report);
        });
      }
    } else if (output == null) {
      for (FrictionReport report : reports) {
        out.println(markdown.get(report.journeyId()));
      }
      if (portfolio) {
        out.println(ReportRenderer.markdown(Portfolio.of(reports)));
      }
    } else {
      try (OutputFolder folder = new OutputFolder(output, JourneyFiles.inputFiles(results))) {
        List<String> names = new java.util.ArrayList<>();
        reports.forEach(r -> names.addAll(fileNames(r.journeyId() + "-report")));
        if (portfolio) {
          names.addAll(fileNames("portfolio"));
        }
        folder.claim(names);
        for (FrictionReport report : reports) {
          write(folder, report.journeyId() + "-report", ReportRenderer.html(report), markdown.get(report.journeyId()),
              ReportRenderer.json(report), out);
        }
        if (portfolio) {
          Portfolio all = Portfolio.of(reports);
          write(folder, "portfolio", ReportRenderer.html(all), ReportRenderer.markdown(all), ReportRenderer.json(all), out);
        }
      }
    }
    out.flush();
    return JourneyFiles.anyErrors(results) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private List<String> fileNames(String name) {
    List<String> names = new java.util.ArrayList<>();
    formats.forEach(f -> names.add(name + "." + f.name()));
    return names;
  }

  private void write(OutputFolder folder, String name, String html, String markdown, String json, PrintWriter out) {
    if (formats.contains(Format.html)) {
      out.println("wrote " + folder.write(name + ".html", html));
    }
    if (formats.contains(Format.md)) {
      out.println("wrote " + folder.write(name + ".md", markdown));
    }
    if (formats.contains(Format.json)) {
      out.println("wrote " + folder.write(name + ".json", json));
    }
  }
}
