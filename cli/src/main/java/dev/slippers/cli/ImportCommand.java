package dev.slippers.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code slippers import FORMAT ...}: journeys from other tools; one subcommand per format. */
@Command(
    name = "import",
    header = "Bring journeys in from other tools (Mermaid journey diagrams).",
    synopsisSubcommandLabel = "FORMAT",
    subcommands = {ImportMermaidCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers import mermaid onboarding.mmd > journeys/onboarding.yaml",
      "  slippers import mermaid docs/onboarding.mmd -o journeys/onboarding.yaml"})
final class ImportCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code slippers import} alone: the formats, on standard error, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "import needs a format: slippers import mermaid FILE.mmd");
  }
}
