package dev.slippers.cli;

import dev.slippers.io.Schema;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code slippers schema}: the JSON Schema of the format, for editors and other tools. */
@Command(
    name = "schema",
    header = "Print the JSON Schema of journeys and catalogues (for editors: completion, hover, checks as you type).",
    description = "Save it and point the YAML language server at it with a first line "
        + "'# yaml-language-server: $schema=slippers.schema.json'. It is the schema of docs/slippers.schema.json.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers schema > slippers.schema.json",
      "  slippers schema | jq '.$defs | keys'"})
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(Schema.json());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
