package dev.slippers.cli;

import dev.slippers.io.LoadResult;
import dev.slippers.model.Journey;
import dev.slippers.simulate.EventLogFormat;
import dev.slippers.simulate.JourneySimulator;
import java.io.BufferedReader;
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

/** {@code slippers simulate JOURNEY --cases N -o LOG}: a synthetic event log of known truth. */
@Command(name = "simulate",
    header = "Write a synthetic event log by walking N customers through a journey (docs/evidence.md).",
    description = "Refuses to replace a file that is not a previous simulated log unless --force; never the journey.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers simulate journeys/shirt-store.yaml --cases 5000 -o events.csv",
      "  slippers simulate journeys/banquet.yaml --cases 50 --format jsonl -o e.jsonl"})
final class SimulateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNEY", description = "The journey file.") Path file;

  @Option(names = "--cases", paramLabel = "N", required = true, description = "Customers to walk.") int cases;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = {"-o", "--output"}, paramLabel = "LOG", required = true, description = "The log file to write.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or jsonl.")
  EventLogFormat format;

  @Option(names = "--force", description = "Replace LOG even when it is not a previous simulated log.") boolean force;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() {
    if (cases < 1) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--cases must be 1 or more, was " + cases);
    }
    LoadResult result = JourneyFiles.loadAll(List.of(file), journeyRoot.path()).get(0);
    if (result.hasErrors() || result.journey().isEmpty()) {
      result.diagnostics().forEach(d -> spec.commandLine().getErr().println(d.format()));
      spec.commandLine().getErr().flush();
      return ExitCode.PROBLEMS;
    }
    try {
      if (Files.exists(output) && Files.isSameFile(output, file)) {
        throw new UserException(ExitCode.USAGE_OR_IO, output + " is the journey itself; give another -o");
      }
      if (Files.exists(output) && !force && !previousOutput(output)) {
        throw new UserException(ExitCode.USAGE_OR_IO, output + " exists and is not a simulated log; "
            + "give another -o, or --force to replace it");
      }
      Journey journey = result.journey().get();
      long[] events = {0};
      AtomicFile.write(output, out -> {
        format.header(out);
        IOException[] failed = {null};
        JourneySimulator.simulate(journey, cases, seed, e -> {
          try {
            format.write(out, e);
            events[0]++;
          } catch (IOException ex) {
            failed[0] = ex;
          }
        });
        if (failed[0] != null) {
          throw failed[0];
        }
      });
      spec.commandLine().getOut().println("wrote " + output + ": " + cases + " cases, " + events[0] + " events (seed "
          + seed + ")");
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "could not write " + output + ": " + e.getMessage(), e);
    }
  }

  private static boolean previousOutput(Path path) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      return first != null && EventLogFormat.isPreviousOutput(first);
    } catch (java.nio.charset.MalformedInputException e) {
      return false;
    }
  }
}
