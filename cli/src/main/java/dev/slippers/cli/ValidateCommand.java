package dev.slippers.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers validate PATH...}: every problem of every journey, compiler style or as JSON. */
@Command(
    name = "validate",
    header = "Check journeys and catalogues; print every problem as file:line:col.",
    description = {"Folders are searched for .yaml and .yml files; '-' reads one journey from standard input "
        + "(named <stdin> in messages; its includes resolve from the current folder or --root).",
      "Exits 0 when every file is valid (warnings are printed but allowed) and says so on standard error, "
        + "e.g. 'ok: 3 journeys valid, 0 warnings'; --quiet keeps that line back.",
      "--format json prints one document (format slippers-validate/1) with every problem in it."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers validate journeys/",
      "  slippers validate -q journeys/shirt-store.yaml && echo valid",
      "  slippers validate - < journeys/shirt-store.yaml",
      "  slippers validate --format json journeys/ | jq '.problems[] | .message'"})
final class ValidateCommand implements Callable<Integer> {

  /** Output formats of the problem list. */
  enum Format { text, json }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Journey files or folders of journeys.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing when every file is valid; problems are still printed.")
  boolean quiet;

  /** The {@code format} field of the JSON document. */
  static final String JSON_FORMAT = "slippers-validate/1";


  @Override
  public Integer call() throws Exception {
    List<LoadResult> results = JourneyFiles.loadAll(paths, journeyRoot.path());
    PrintWriter out = spec.commandLine().getOut();
    List<Diagnostic> all = results.stream().flatMap(r -> r.diagnostics().stream()).toList();
    // Always "\n", never the platform's separator: the output is compared and diffed in CI.
    if (format == Format.json) {
      out.print(toJson(results) + "\n");
    } else {
      all.forEach(d -> out.print(d.format() + "\n"));
      long errors = all.stream().filter(Diagnostic::isError).count();
      if (errors > 0) {
        spec.commandLine().getErr().printf("%d error(s), %d warning(s) in %d file(s)\n",
            errors, all.size() - errors, results.size());
      } else if (!quiet) {
        spec.commandLine().getErr().print("ok: " + validWhat(results) + ", " + ProblemsJson.count(all.size(), "warning") + "\n");
      }
      spec.commandLine().getErr().flush();
    }
    out.flush();
    return results.stream().anyMatch(LoadResult::hasErrors) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  /** "3 journeys valid", "1 journey and 2 catalogues valid". */
  private static String validWhat(List<LoadResult> results) {
    long catalogues = results.stream().filter(LoadResult::isCatalogue).count();
    long journeys = results.size() - catalogues;
    String what = catalogues == 0 ? ProblemsJson.count(journeys, "journey")
        : journeys == 0 ? ProblemsJson.count(catalogues, "catalogue")
        : ProblemsJson.count(journeys, "journey") + " and " + ProblemsJson.count(catalogues, "catalogue");
    return what + " valid";
  }

  private static String toJson(List<LoadResult> results) throws Exception {
    ObjectMapper mapper = ProblemsJson.MAPPER;
    ObjectNode root = mapper.createObjectNode();
    root.put("format", JSON_FORMAT);
    root.put("valid", results.stream().noneMatch(LoadResult::hasErrors));
    long errors = results.stream().flatMap(r -> r.diagnostics().stream()).filter(Diagnostic::isError).count();
    root.put("errors", errors);
    root.put("warnings", results.stream().mapToLong(r -> r.diagnostics().size()).sum() - errors);
    root.set("problems", ProblemsJson.of(results));
    ArrayNode files = root.putArray("files");
    for (LoadResult result : results) {
      ObjectNode file = files.addObject();
      file.put("file", result.file().toString());
      file.put("kind", result.isCatalogue() ? "catalogue" : "journey");
      file.put("valid", !result.hasErrors());
      ArrayNode problems = file.putArray("problems");
      result.diagnostics().forEach(d -> ProblemsJson.add(problems, d));
    }
    return mapper.writeValueAsString(root).replace("\r\n", "\n");
  }
}
