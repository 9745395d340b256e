package dev.slippers.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    description = "Folders are searched for .yaml and .yml files. Prints nothing and exits 0 when every file is "
        + "valid (warnings are printed but allowed).")
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
      if (!all.isEmpty()) {
        spec.commandLine().getErr().printf("%d error(s), %d warning(s) in %d file(s)\n",
            errors, all.size() - errors, results.size());
      }
    }
    out.flush();
    return results.stream().anyMatch(LoadResult::hasErrors) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private static String toJson(List<LoadResult> results) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("valid", results.stream().noneMatch(LoadResult::hasErrors));
    ArrayNode files = root.putArray("files");
    for (LoadResult result : results) {
      ObjectNode file = files.addObject();
      file.put("file", result.file().toString());
      file.put("kind", result.isCatalogue() ? "catalogue" : "journey");
      file.put("valid", !result.hasErrors());
      ArrayNode problems = file.putArray("problems");
      for (Diagnostic d : result.diagnostics()) {
        ObjectNode problem = problems.addObject();
        problem.put("file", d.where().file());
        problem.put("line", d.where().line());
        problem.put("column", d.where().column());
        problem.put("severity", d.severity().label());
        problem.put("rule", d.ruleId());
        problem.put("message", d.message());
        problem.put("hint", d.hint());
      }
    }
    return mapper.writeValueAsString(root).replace("\r\n", "\n");
  }
}
