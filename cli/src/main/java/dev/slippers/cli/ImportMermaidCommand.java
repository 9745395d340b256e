package dev.slippers.cli;

import dev.slippers.diagnostic.Diagnostic;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.io.LoadResult;
import dev.slippers.mermaid.MermaidImport;
import dev.slippers.mermaid.MermaidJourneyParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slippers import mermaid FILE.mmd [-o FILE.yaml]}: a Mermaid {@code journey} diagram as a
 * Slippers journey, with what had to be assumed on standard error.
 */
@Command(
    name = "mermaid",
    header = "Turn a Mermaid journey diagram into a Slippers journey.",
    description = {
      "Sections become stages in a line (the last one the success outcome), tasks touchpoints, scores 1..5 "
          + "emotions -2..2, actors personas with their own emotions; title and accDescr the title and description.",
      "Prints the journey as YAML, or writes it to -o FILE (never replacing a file); says on standard error what it "
          + "assumed. Malformed Mermaid is reported as file:line:col problems (exit code 1)."},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers import mermaid onboarding.mmd          # YAML on standard output",
      "  slippers import mermaid onboarding.mmd -o journeys/onboarding.yaml"})
final class ImportMermaidCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE.mmd", description = "The Mermaid file, holding one journey diagram.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.yaml",
      description = "Write the journey to this new file instead of standard output ('-' for standard output).")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String text = read(input);
    MermaidJourneyParser.Result parsed = MermaidJourneyParser.parse(input.toString(), text);
    parsed.problems().forEach(d -> err.println(d.format()));
    if (parsed.journey().isEmpty()) {
      err.println("slippers: " + input + " was not imported; fix the problems above");
      err.flush();
      return ExitCode.PROBLEMS;
    }
    String stem = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    MermaidImport.Imported imported = MermaidImport.toJourney(parsed.journey().get(), stem);
    String yaml = "# Imported from " + input.getFileName() + " by 'slippers import mermaid'; add shares, branches, "
        + "pain points and metrics by hand.\n" + JourneyWriter.write(imported.journey());
    checkValid(yaml);
    imported.assumptions().forEach(a -> err.println("slippers: assumed " + a));
    if (output == null || output.toString().equals("-")) {
      spec.commandLine().getOut().print(yaml);
      spec.commandLine().getOut().flush();
    } else {
      write(yaml);
      err.println("slippers: wrote " + output + " (journey " + imported.journey().id() + ", "
          + imported.journey().stages().size() + " stages)");
    }
    err.flush();
    return ExitCode.OK;
  }

  private static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException(ExitCode.USAGE_OR_IO, file + " is a folder; give the .mmd file that holds the journey diagram");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot read " + file + ": " + IoProblems.reason(e), e);
    } catch (java.io.UncheckedIOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot read " + file + ": it is not UTF-8 text", e);
    }
  }

  /** The import is built to be valid; a journey that is not would be a bug here, not the user's. */
  private void checkValid(String yaml) {
    LoadResult back = new JourneyLoader(Path.of(".")).parse(input + ".yaml", yaml);
    if (back.hasErrors()) {
      throw new IllegalStateException("the imported journey does not validate: "
          + back.diagnostics().stream().map(Diagnostic::format).toList());
    }
  }

  private void write(String yaml) {
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "-o " + output + " exists; import writes only new files, so give "
          + "another name or remove it first", e);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot write " + output + ": " + IoProblems.reason(e), e);
    }
  }
}
