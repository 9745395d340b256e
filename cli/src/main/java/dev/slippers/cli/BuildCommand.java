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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slippers build DIR -o OUT}: everything for a folder of journeys in one folder, with an
 * index page: the job a team runs in CI and publishes.
 *
 * <p>Journeys and their outputs are drawn in parallel on every processor (one analysis per
 * journey, shared by its map, graph, report and walk), and written one by one in a fixed order by
 * the command's own thread, so the folder, its list of outputs and every byte are those of a run
 * on one thread. An output too large to draw is left out with a warning; the rest is built.
 */
@Command(
    name = "build",
    header = "Build maps, reports and walks for every journey, a portfolio and an index page, into one folder.",
    description = {
      "For each valid journey writes the map as <id>.html and <id>.svg, the stage graph <id>-graph.svg, "
          + "the report <id>-report.html/.md/.json and the walk <id>-walk.html; then portfolio.html/.md/.json and "
          + "index.html linking everything. --format chooses the pictures as for render.",
      "No PNG by default: each <id>.html has a Download PNG button that draws its map in the browser at twice "
          + "its size, as <id>.png. --format svg,graph,html,png also writes <id>.png, as render does.",
      "A picture too large to draw (a PNG over the pixel limit) is left out with a warning and listed on the index "
          + "page; everything else is built.",
      "Invalid journeys are reported as problems and left out (exit code 1); inputs are never overwritten.",
      "--summary json prints, instead of the closing line, one document (format " + BuildCommand.JSON_FORMAT
          + ") with every file written, the outputs left out and why, and the problems."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers build journeys/ -o out/",
      "  slippers build journeys/ -o out/ --format svg,graph,html,png",
      "  slippers build journeys/ -o out/ --format svg,html --jobs 1",
      "  slippers build journeys/ -o out/ --quiet --summary json"})
final class BuildCommand implements Callable<Integer> {

  /** The order pictures are written and linked in: the page first, as the index shows them. */
  private static final List<String> PICTURE_ORDER = List.of("html", "svg", "png", "graph", "graph-png");

  /** Stack of the drawing threads: the same as the launcher gives the main thread. */
  private static final long STACK_BYTES = 16L * 1024 * 1024;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders of journeys, or journey files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to build into.")
  Path output;

  @CommandLine.Mixin PictureOptions pictures;

  @Option(names = "--jobs", paramLabel = "N",
      description = "How many outputs to draw at once (default: one per processor; 1 draws one at a time). "
          + "The files are the same whatever N.")
  Integer jobs;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (it is shown only on a terminal anyway).")
  boolean quiet;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @CommandLine.Mixin OutputSummary summary;

  /** The {@code format} field of the {@code --summary json} document. */
  static final String JSON_FORMAT = "slippers-build/1";

  @Override
  public Integer call() {
    Set<String> formats = pictures.formats(PictureOptions.BUILD_DEFAULT);
    PngRenderer.Size size = pictures.pngSize();
    int threads = threads();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LoadResult> results = JourneyFiles.loadAll(paths, journeyRoot.path());
    List<Journey> journeys = JourneyFiles.validJourneys(results, summary.problems(err));
    JourneyFiles.requireJourney(results, paths);
    JourneyFiles.requireDistinctIds(results);
    JourneyFiles.requireDistinctOutputs(results, id -> outputsOf(id, formats), SITE);
    try (OutputFolder folder = new OutputFolder(output, JourneyFiles.inputFiles(results))) {
      List<String> names = new ArrayList<>(SITE.keySet());
      journeys.forEach(j -> names.addAll(outputsOf(j.id(), formats)));
      folder.claim(names);
      return build(folder, results, journeys, formats, size, threads, out, err);
    }
  }

  /** Files written once for the whole folder. */
  static final Map<String, String> SITE = Map.of("index.html", "the site's index page",
      "portfolio.html", "the portfolio", "portfolio.md", "the portfolio", "portfolio.json", "the portfolio");

  /**
   * The files that may be written for one journey with these pictures. Only these are claimed: a
   * {@code <id>.png} the reader saved from the map page into the folder is theirs, and a build that
   * draws no PNG leaves it alone instead of refusing the folder.
   */
  static List<String> outputsOf(String id, Set<String> formats) {
    List<String> names = new ArrayList<>();
    formats.forEach(format -> names.add(PictureOptions.fileName(id, format)));
    names.addAll(List.of(id + "-report.html", id + "-report.md", id + "-report.json", id + "-walk.html"));
    return names;
  }

  private int build(OutputFolder folder, List<LoadResult> results, List<Journey> journeys, Set<String> formats,
      PngRenderer.Size size, int threads, PrintWriter out, PrintWriter err) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, drawingThreads());
    List<String> warnings = new ArrayList<>();
    Map<String, SiteIndex.Entry> entries = new LinkedHashMap<>();
    List<FrictionReport> reports = new ArrayList<>();
    try {
      List<JourneyWork> work = journeys.stream().map(j -> JourneyWork.start(j, formats, size, pool)).toList();
      int total = work.stream().mapToInt(w -> w.outputs().size()).sum();
      try (Progress progress = Progress.start("build", total, quiet)) {
        for (int i = 0; i < work.size(); i++) {
          JourneyWork journey = work.get(i);
          List<SiteIndex.Link> links = new ArrayList<>();
          List<String> skipped = new ArrayList<>();
          for (Planned planned : journey.outputs()) {
            progress.say("journey " + (i + 1) + "/" + work.size() + ": " + planned.fileName());
            Optional<byte[]> bytes = planned.await();
            if (bytes.isPresent()) {
              Path file = folder.write(planned.fileName(), bytes.get());
              links.add(new SiteIndex.Link(planned.label(), file.getFileName().toString()));
              summary.written(journeys.get(i).id(), planned.kind(), file);
            } else {
              String reason = planned.skipReason();
              summary.skipped(journeys.get(i).id(), planned.fileName(), reason);
              warnings.add("slippers: warning: " + planned.fileName() + " not built: " + reason);
              skipped.add(planned.label() + ": " + reason);
            }
            progress.step("journey " + (i + 1) + "/" + work.size() + ": " + planned.fileName());
          }
          FrictionReport report = await(journey.report());
          reports.add(report);
          // Only the links and what was skipped are kept from here: the index's figures are the
          // portfolio's rows below, so that both pages show the same ones.
          entries.put(report.journeyId(), new SiteIndex.Entry(report.journeyId(), report.title(), "", "", "", links, skipped));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (!summary.json()) {
      warnings.forEach(err::println);
    }
    err.flush();
    Portfolio portfolio = Portfolio.of(reports);
    summary.written(null, "portfolio-html", folder.write("portfolio.html", ReportRenderer.html(portfolio)));
    summary.written(null, "portfolio-md", folder.write("portfolio.md", ReportRenderer.markdown(portfolio)));
    summary.written(null, "portfolio-json", folder.write("portfolio.json", ReportRenderer.json(portfolio)));
    List<SiteIndex.Entry> ordered = portfolio.rows().stream()
        .map(row -> {
          SiteIndex.Entry e = entries.get(row.journeyId());
          return new SiteIndex.Entry(row.journeyId(), row.title(), row.frictionText(), row.successText(),
              row.topPain(), e.links(), e.skipped(), row.atRisk() == null ? "" : row.atRiskMoney(), row.atRiskLabel());
        })
        .toList();
    Path index = folder.write("index.html", new SiteIndex(ordered, "portfolio.html").html());
    summary.written(null, "index", index);
    long skippedCount = ordered.stream().mapToLong(e -> e.skipped().size()).sum();
    if (summary.json()) {
      out.print(summary.document(JSON_FORMAT, output, results));
      out.flush();
      if (JourneyFiles.anyErrors(results)) {
        err.println("slippers: some journeys have errors; they are in the JSON document's problems");
        err.flush();
      }
      return JourneyFiles.anyErrors(results) ? ExitCode.PROBLEMS : ExitCode.OK;
    }
    out.println("built " + journeys.size() + " journey(s) into " + output + "; open " + index
        + (skippedCount == 0 ? "" : " (" + skippedCount + " output(s) not built; see the warnings)"));
    out.flush();
    return JourneyFiles.anyErrors(results) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private int threads() {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1 || jobs > 256) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be between 1 and 256");
    }
    return jobs;
  }

  /** Daemon threads with a deep stack, so that a failed build never keeps the JVM alive. */
  private static java.util.concurrent.ThreadFactory drawingThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(null, task, "slippers-build-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Everything one journey contributes, started on the pool: its outputs in writing order and its report. */
  private record JourneyWork(List<Planned> outputs, CompletableFuture<FrictionReport> report) {

    static JourneyWork start(Journey journey, Set<String> formats, PngRenderer.Size size, ExecutorService pool) {
      CompletableFuture<JourneyAnalysis> analysis = CompletableFuture.supplyAsync(() -> Analyses.analyze(journey), pool);
      CompletableFuture<JourneyRenderer> renderer = analysis.thenApply(a -> new JourneyRenderer(journey, a));
      List<Planned> outputs = new ArrayList<>();
      for (String format : PICTURE_ORDER) {
        if (formats.contains(format)) {
          outputs.add(new Planned(format, PictureOptions.label(format), PictureOptions.fileName(journey.id(), format),
              renderer.thenApplyAsync(r -> picture(r, format, size), pool)));
        }
      }
      CompletableFuture<FrictionReport> report = analysis.thenApplyAsync(a -> Analyses.report(journey, a), pool);
      String name = journey.id() + "-report";
      outputs.add(text("report-html", "report", name + ".html", report, ReportRenderer::html, pool));
      outputs.add(text("report-md", "report (Markdown)", name + ".md", report,
          r -> Analyses.markdown(journey, analysis.join(), r), pool));
      outputs.add(text("report-json", "report (JSON)", name + ".json", report, ReportRenderer::json, pool));
      outputs.add(new Planned("walk", "slippers walk", journey.id() + "-walk.html",
          analysis.thenApplyAsync(a -> walk(journey, a), pool)));
      return new JourneyWork(outputs, report);
    }

    private static Planned text(String kind, String label, String fileName, CompletableFuture<FrictionReport> report,
        java.util.function.Function<FrictionReport, String> render, ExecutorService pool) {
      return new Planned(kind, label, fileName, report.thenApplyAsync(r -> render.apply(r).getBytes(StandardCharsets.UTF_8), pool));
    }

    private static byte[] picture(JourneyRenderer renderer, String format, PngRenderer.Size size) {
      try {
        return PictureOptions.draw(renderer, format, size);
      } catch (PngRenderer.TooLargeException e) {
        throw new Skipped(e.getMessage());
      }
    }

    private static byte[] walk(Journey journey, JourneyAnalysis analysis) {
      try {
        var walk = Walks.of(journey, analysis, WalkPaths.choose(journey, analysis, WalkPaths.MOST_LIKELY), Optional.empty());
        return WalkRenderer.html(walk).getBytes(StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new Skipped("no walk: " + e.getMessage());
      }
    }
  }

  /** One output being drawn: its kind for --summary json, its link text, its file name and its bytes to come. */
  private static final class Planned {

    private final String kind;
    private final String label;
    private final String fileName;
    private final CompletableFuture<byte[]> bytes;
    private String skipReason;

    Planned(String kind, String label, String fileName, CompletableFuture<byte[]> bytes) {
      this.kind = kind;
      this.label = label;
      this.fileName = fileName;
      this.bytes = bytes;
    }

    String kind() {
      return kind;
    }

    String label() {
      return label;
    }

    String fileName() {
      return fileName;
    }

    /** Why the output was left out, after {@link #await} returned nothing. */
    String skipReason() {
      return skipReason;
    }

    /** The bytes, or nothing when the output was left out; any other failure is thrown as it is. */
    Optional<byte[]> await() {
      try {
        return Optional.of(BuildCommand.await(bytes));
      } catch (Skipped e) {
        skipReason = e.getMessage();
        return Optional.empty();
      }
    }
  }

  /** Waits for a result and throws what the task threw, unwrapped, so the usual error handling applies. */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** An output left out on purpose, with the reason the warning and the index page give. */
  private static final class Skipped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Skipped(String reason) {
      super(reason, null, false, false);
    }
  }
}
