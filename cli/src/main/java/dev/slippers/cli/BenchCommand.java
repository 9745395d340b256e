package dev.slippers.cli;

import dev.slippers.synthetic.Benchmark;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slippers bench}: load + validate + analyse on synthetic journeys of growing size. */
@Command(
    name = "bench",
    subcommands = BenchCalibrateCommand.class,
    header = "Time load + validate + analyse on synthetic journeys of 100 to 100,000 stages.",
    description = "Each row is the median of the repetitions, after a warm-up. 'ratio' compares the time with the "
        + "first size of the same run and 'per stage' the time per stage, so that figures from different "
        + "machines can be compared (docs/performance.md). 'slippers bench calibrate JOURNEY' times calibration "
        + "from event logs instead.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers bench",
      "  slippers bench --sizes 100,1000 --repeat 5",
      "  slippers bench calibrate journeys/shirt-store.yaml --events 100000"})
final class BenchCommand implements Callable<Integer> {

  /** An entry, a middle and an outcome stage. */
  static final int MIN_SIZE = 3;
  /**
   * Ten times the documented range (docs/performance.md goes to 100,000): beyond it a run takes
   * many minutes and gigabytes of heap, which is a typo more often than a wish.
   */
  static final int MAX_SIZE = 1_000_000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sizes", paramLabel = "N", split = ",", defaultValue = "100,1000,10000,100000",
      description = "Numbers of stages, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes = new ArrayList<>();

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
      description = "Repetitions per size; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "Seed of the synthetic journeys (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "slippers bench: %d processors, max heap %d MiB, %d repetition(s), seed %d%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, repeat, seed);
    out.flush();
    List<Benchmark.Row> rows = Benchmark.run(sizes, repeat, seed);
    out.println(table(rows));
    out.flush();
    return ExitCode.OK;
  }

  /** Each wrong value named, with what it may be. */
  private void checkOptions() {
    BenchChecks.repeat(repeat);
    BenchChecks.sizes("--sizes", sizes, "give at least one number of stages, e.g. --sizes 100,1000", MIN_SIZE, MAX_SIZE,
        "a synthetic journey has", "stages");
  }

  static String table(List<Benchmark.Row> rows) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%8s %12s %14s %12s %10s %8s %10s %10s %10s%n",
        "stages", "transitions", "load+valid ms", "analyze ms", "total ms", "ratio", "per stage", "peak heap",
        "live heap"));
    Benchmark.Row base = rows.get(0);
    for (Benchmark.Row row : rows) {
      double ratio = row.totalMillis() / base.totalMillis();
      double perStage = ratio / ((double) row.stages() / base.stages());
      text.append(String.format(Locale.ROOT, "%8d %12d %14.1f %12.1f %10.1f %7.1fx %9.2fx %6d MiB %6d MiB%s%n",
          row.stages(), row.transitions(), row.loadMillis(), row.analyzeMillis(), row.totalMillis(), ratio, perStage,
          row.peakHeapBytes() >> 20, row.liveHeapBytes() >> 20, row.loadedFromYaml() ? "" : "  (validate only: YAML over the reader's limit)"));
    }
    return text.toString().stripTrailing();
  }
}
