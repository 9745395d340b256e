package dev.slippers.cli;

import dev.slippers.evidence.LogFormat;
import dev.slippers.evidence.duckdb.CalibrationBenchmark;
import dev.slippers.io.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slippers bench calibrate JOURNEY}: calibration from simulated logs against DuckDB's own scan. */
@Command(
    name = "calibrate",
    header = "Time calibration from event logs of 10^6 and 10^7 events against DuckDB scanning the same file.",
    description = "Simulates a log of each size from JOURNEY into a temporary folder (deleted afterwards) and times, "
        + "in this JVM: DuckDB's scan and group-by of the file, DuckDB's ordering of each case (a lag window), and "
        + "the whole calibration. Medians of the repetitions; 'x scan' is calibration time over scan time "
        + "(docs/performance.md).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  slippers bench calibrate journeys/shirt-store.yaml",
      "  slippers bench calibrate journeys/shirt-store.yaml --events 100000"})
final class BenchCalibrateCommand implements Callable<Integer> {

  enum Format { csv, parquet }

  /** 10^8 events is about 5 GB of CSV: more is a typo more often than a wish. */
  static final long MAX_EVENTS = 100_000_000L;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOURNEY", description = "The journey to simulate, such as journeys/shirt-store.yaml.")
  Path file;

  @Option(names = "--events", paramLabel = "N", split = ",", defaultValue = "1000000,10000000",
      description = "Sizes of the logs in events, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Long> sizes = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "csv or parquet (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
      description = "Repetitions per size; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "2GB",
      description = "DuckDB's memory_limit for every database of the run (default: ${DEFAULT-VALUE}).")
  String memoryLimit;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
      description = "DuckDB's threads; 0, the default, for one per processor.")
  int threads;

  @CommandLine.Mixin JourneyRoot journeyRoot;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    LoadResult result = JourneyFiles.loadAll(List.of(file), journeyRoot.path()).get(0);
    if (result.hasErrors() || result.journey().isEmpty()) {
      result.diagnostics().forEach(d -> spec.commandLine().getErr().println(d.format()));
      spec.commandLine().getErr().flush();
      return ExitCode.PROBLEMS;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "slippers bench calibrate: %s, %d processors, max heap %d MiB, DuckDB %s, memory_limit %s, "
        + "threads %s, %s, %d repetition(s), seed %d%n", file.getFileName(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, CalibrationBenchmark.duckDbVersion(), memoryLimit,
        threads == 0 ? "one per processor" : String.valueOf(threads), format, repeat, seed);
    out.println(header());
    out.flush();
    Path folder = Files.createTempDirectory("slippers-bench-");
    try {
      CalibrationBenchmark.run(result.journey().get(), new CalibrationBenchmark.Settings(sizes,
          format == Format.csv ? LogFormat.CSV : LogFormat.PARQUET, seed, repeat, memoryLimit, threads, folder), row -> {
            out.println(line(row));
            out.flush();
          });
    } catch (java.io.UncheckedIOException e) {
      throw new UserException(ExitCode.USAGE_OR_IO, "cannot write the benchmark's logs in " + folder + ": "
          + IoProblems.reason(e.getCause()) + " (a log of 10^7 events takes about 0.6 GB of CSV)", e);
    } catch (IllegalStateException e) {
      throw new UserException(ExitCode.INTERNAL, e.getMessage(), e);
    } finally {
      delete(folder);
    }
    out.println(loadAverage());
    out.flush();
    return ExitCode.OK;
  }

  private void checkOptions() {
    BenchChecks.repeat(repeat);
    BenchChecks.sizes("--events", sizes, "give at least one size, e.g. --events 1000000", CalibrationBenchmark.MIN_EVENTS,
        MAX_EVENTS, "a benchmark log has", "events");
    if (threads < 0) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--threads " + threads + ": give 0 (one per processor) or more");
    }
    if (!memoryLimit.matches("(?i)\\d+(\\.\\d+)?\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)")) {
      throw new UserException(ExitCode.USAGE_OR_IO, "--memory-limit " + memoryLimit + ": give a size such as 2GB or 512MB");
    }
  }

  static String header() {
    return String.format(Locale.ROOT, "%10s %9s %9s %8s %9s %11s %12s %14s %7s %8s %10s %10s %10s",
        "events", "cases", "file MiB", "scan s", "order s", "calibrate s", "scan ev/s", "calibrate ev/s", "x scan",
        "x order", "peak heap", "peak duck", "peak RSS");
  }

  static String line(CalibrationBenchmark.Row row) {
    return String.format(Locale.ROOT, "%10d %9d %9.1f %8.2f %9.2f %11.2f %12.0f %14.0f %6.1fx %7.1fx %6d MiB %6d MiB %6d MiB",
        row.events(), row.cases(), row.fileBytes() / 1048576.0, row.scanSeconds(), row.sequenceSeconds(),
        row.calibrateSeconds(), row.scanEventsPerSecond(), row.eventsPerSecond(), row.ratioToScan(), row.ratioToSequence(),
        row.peakHeapBytes() >> 20, row.peakDuckDbBytes() >> 20, row.peakResidentBytes() >> 20);
  }

  /** The machine's load, since these machines are shared: figures of a busy machine say so. */
  private static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "load average: unknown" : String.format(Locale.ROOT, "load average (1 min) at the end: %.2f", load);
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder; the system's cleaner removes it.
    }
  }
}
