package dev.slippers.cli;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.io.LoadResult;
import dev.slippers.mermaid.MermaidExport;
import dev.slippers.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers export --format mermaid JOURNEY}: the journey in another tool's language. */
@Command(
    name = "export",
    header = "Write a journey as Mermaid: a journey diagram of the most likely path, or a flowchart of the stage graph.",
    description = {
      "mermaid: a Mermaid journey of the most likely path (sections = stages, tasks = touchpoints, scores = emotions "
          + "plus 3, actors = personas). mermaid-flowchart: every stage and transition, with the share of customers "
          + "on each arrow, drop-off to 'lost' and the most likely path drawn thick.",
      "GitHub shows both in Markdown inside a ```mermaid block. Prints to standard output, or writes -o FILE; a "
          + "file is replaced only when it holds an earlier export."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers export --format mermaid journeys/shirt-store.yaml",
      "  slippers export --format mermaid-flowchart journeys/banquet.yaml -o graph.mmd"})
final class ExportCommand implements Callable<Integer> {

  /** The formats, as written on the command line. */
  enum Format {
    mermaid, mermaid_flowchart;

    @Override
    public String toString() {
      return name().replace('_', '-');
    }
  }

  /**
   * How every export begins, so that a later export may replace it and nothing else: the diagram's
   * keyword, then a comment naming Slippers, in the journey's language ("Slippers journey",
   * "Путь Slippers").
   */
  private static final java.util.regex.Pattern MARKER =
      java.util.regex.Pattern.compile("^(journey|flowchart LR)\n  %% [^\n]*Slippers");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
      description = "mermaid or mermaid-flowchart.")
  Format format;

  @Parameters(paramLabel = "JOURNEY", description = "The journey file.")
  Path journeyFile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to this file instead of standard output ('-' for standard output).")
  Path output;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    if (Files.isDirectory(journeyFile)) {
      throw new UserException(ExitCode.USAGE_OR_IO, journeyFile + " is a folder; export writes one journey, so give its file");
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
    JourneyAnalysis analysis = Analyses.analyze(journey);
    String text;
    try {
      text = format == Format.mermaid ? MermaidExport.journey(journey, analysis) : MermaidExport.flowchart(journey, analysis);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.PROBLEMS, journeyFile + ": " + e.getMessage(), e);
    }
    if (!MermaidExport.fitsMermaid(text)) {
      spec.commandLine().getErr().printf(java.util.Locale.ROOT, "slippers: warning: the diagram is %,d characters,"
          + " more than the %,d Mermaid draws by default (GitHub included), which shows an error instead; where you"
          + " can, raise Mermaid's maxTextSize (mmdc -c with {\"maxTextSize\": %d}); `slippers render` draws the"
          + " whole map%n", text.length(), MermaidExport.MERMAID_TEXT_LIMIT, text.length());
      spec.commandLine().getErr().flush();
    }
    if (output == null || output.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      write(text);
      spec.commandLine().getErr().println("slippers: wrote " + output);
      spec.commandLine().getErr().flush();
    }
    return ExitCode.OK;
  }

  private void write(String text) {
    try {
      if (Files.exists(output)) {
        if (!JourneyFiles.isStdin(journeyFile) && Files.isSameFile(output, journeyFile)) {
          throw new UserException(ExitCode.USAGE_OR_IO, "-o " + output + " is the journey itself; give another file");
        }
        String existing = Files.isRegularFile(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        if (!MARKER.matcher(existing).find()) {
          throw new UserException(ExitCode.USAGE_OR_IO, "-o " + output + " exists and is not an earlier Slippers export, "
              + "so it is not replaced; give another file or remove it first");
        }
      }
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot write " + output + ": " + IoProblems.reason(cause), e);
    }
  }

  /** Accepts the formats as written in help ({@code mermaid-flowchart}), and says which there are. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.toString().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a format; choose mermaid or mermaid-flowchart");
    }
  }
}
