package dev.slippers.cli;

import dev.slippers.analysis.AnalysisOptions;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.analysis.PainFixes;
import dev.slippers.analysis.WhatIf;
import dev.slippers.analysis.json.AnalysisJson;
import dev.slippers.analysis.uncertainty.Uncertainty;
import dev.slippers.analysis.uncertainty.UncertaintyAnalysis;
import dev.slippers.analysis.text.AnalysisText;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.LoadResult;
import dev.slippers.io.Suggestions;
import dev.slippers.model.Journey;
import dev.slippers.model.PainPoint;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers analyze FILE}: outcomes, friction and why, paths, loops, bottlenecks, what-if. */
@Command(
    name = "analyze",
    header = "Analyse a journey: outcomes, friction, paths, loops, bottlenecks, breaches; what-if with --fix.",
    description = "Prints a readable summary, or with --format json the full analysis as a stable JSON contract "
        + "(docs/analysis.md). An invalid journey is reported like 'slippers validate' does and exits 1.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers analyze journeys/curtain-cleaning.yaml",
      "  slippers analyze journeys/shirt-store.yaml --fix wrong-fit --top 3",
      "  slippers analyze - --format json < journeys/shirt-store.yaml"})
final class AnalyzeCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The journey file.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Option(names = "--top", paramLabel = "K", defaultValue = "" + AnalysisOptions.DEFAULT_TOP,
      description = "How many paths of each ranking to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--fix", paramLabel = "PAIN_ID",
      description = "Recompute as if this pain point were fixed and show the change; repeatable.")
  List<String> fixes = new ArrayList<>();

  @Option(names = "--samples", paramLabel = "N",
      description = "Draw N journeys from the counts the journey carries (transition count, stage departures) "
          + "and show 95%% intervals for success, value and each fix (docs/analysis.md, section 15).")
  Integer samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + UncertaintyAnalysis.DEFAULT_SEED,
      description = "Seed of the draws (default: ${DEFAULT-VALUE}); the same seed gives the same figures.")
  long seed;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    if (top < 1) {
      // A ranking of no paths would print "none", as if the journey had no path at all.
      throw new UserException(ExitCode.USAGE_OR_IO, "--top must be 1 or more, was " + top);
    }
    if (samples != null && (samples < 1 || samples > UncertaintyAnalysis.MAX_SAMPLES)) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--samples must be between 1 and " + UncertaintyAnalysis.MAX_SAMPLES
          + ", was " + samples);
    }
    if (Files.isDirectory(file)) {
      throw new UserException(ExitCode.USAGE_OR_IO, file + " is a folder; give one journey file");
    }
    LoadResult result = JourneyFiles.loadAll(List.of(file), journeyRoot.path()).get(0);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (result.isCatalogue()) {
      throw new UserException(ExitCode.USAGE_OR_IO, file + " is a catalogue, not a journey; give a journey file");
    }
    boolean json = format == Format.json;
    if (json && (result.hasErrors() || result.journey().isEmpty())) {
      out.print(ProblemsJson.invalid(AnalysisJson.FORMAT, List.of(result)));
      out.flush();
      err.println("slippers: " + file + " has errors; they are in the JSON document's problems");
      err.flush();
      return ExitCode.PROBLEMS;
    }
    if (!json) {
      result.diagnostics().forEach(d -> err.println(d.format()));
    }
    if (result.hasErrors() || result.journey().isEmpty()) {
      long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
      err.printf("%d error(s), %d warning(s): fix them before analysing (slippers validate %s)%n",
          errors, result.diagnostics().size() - errors, file);
      err.flush();
      return ExitCode.PROBLEMS;
    }
    err.flush();
    Journey journey = result.journey().get();
    checkFixes(journey);
    AnalysisOptions options = new AnalysisOptions(top, fixes);
    Optional<WhatIf> whatIf = fixes.isEmpty() ? Optional.empty() : Optional.of(WhatIf.of(journey, options));
    JourneyAnalysis analysis = whatIf.map(WhatIf::after).orElseGet(() -> new JourneyAnalyzer().analyze(journey, options));
    // Drawn on the journey as written, not after --fix: the counts describe the journey customers met.
    Optional<Uncertainty> uncertainty = samples == null ? Optional.empty()
        : Optional.of(UncertaintyAnalysis.of(journey, samples, seed));
    if (json) {
      com.fasterxml.jackson.databind.node.ObjectNode tree = AnalysisJson.tree(analysis, whatIf);
      uncertainty.ifPresent(u -> tree.set("uncertainty", AnalysisJson.uncertainty(u, analysis)));
      tree.set("problems", ProblemsJson.of(List.of(result)));
      out.print(AnalysisJson.write(tree));
    } else {
      out.print(AnalysisText.render(journey, analysis, whatIf, uncertainty));
    }
    out.flush();
    return ExitCode.OK;
  }

  private void checkFixes(Journey journey) {
    List<String> unknown = PainFixes.unknown(journey, fixes);
    if (!unknown.isEmpty()) {
      List<String> known = journey.painPoints().stream().map(PainPoint::id).toList();
      String wrong = unknown.get(0);
      throw new UserException(ExitCode.USAGE_OR_IO, "--fix " + wrong + ": journey '" + journey.id()
          + "' has no pain point '" + wrong + "' (" + Suggestions.hint(wrong, known, "pain points") + ")");
    }
  }
}
