package dev.slippers.evidence.duckdb;

import dev.slippers.evidence.ActivityMapping;
import dev.slippers.evidence.Calibration;
import dev.slippers.evidence.EventLog;
import dev.slippers.evidence.JourneyMapping;
import dev.slippers.evidence.LogFormat;
import dev.slippers.evidence.Observations;
import dev.slippers.model.Journey;
import dev.slippers.simulate.EventLogFormat;
import dev.slippers.simulate.JourneySimulator;
import dev.slippers.synthetic.Measures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Times calibration from an event log against DuckDB alone on the same file, in this JVM
 * ({@code slippers bench calibrate}, docs/performance.md).
 *
 * <p>For each size a log is simulated from the journey ({@link JourneySimulator}, whole cases until
 * the size is reached) and written as CSV, or as Parquet
 * through DuckDB ({@code COPY}, with the column types DuckDB detects in the CSV, so the timestamps
 * are typed). Then each repetition times, one after another on fresh in-memory databases with the
 * same settings:
 * <ul>
 *   <li><b>scan</b>: DuckDB scanning the file and grouping it,
 *       {@code SELECT activity, count(*) FROM file GROUP BY activity};</li>
 *   <li><b>sequence</b>: DuckDB ordering each case's events and counting the moves between
 *       activities, {@code lag(activity) OVER (PARTITION BY case_id ORDER BY timestamp)} then a
 *       group-by: the least any calibration has to do;</li>
 *   <li><b>calibrate</b>: what {@code slippers calibrate} computes, {@link DuckDbEngine#activities},
 *       {@link JourneyMapping}, {@link DuckDbEngine#observe} and {@link Calibration#of}.</li>
 * </ul>
 * Medians of the repetitions are reported, after a warm-up on a small log. The counts of the three
 * are compared (events and activities of the scan, cases of the sequence, against the calibration's)
 * and a difference fails the run: a benchmark of a wrong answer is worth nothing.
 */
public final class CalibrationBenchmark {

  /** The smallest log: below it the times are start-up and nothing else. */
  public static final long MIN_EVENTS = 1_000;
  static final int PILOT_CASES = 1_000;
  static final long WARM_UP_EVENTS = 20_000;
  static final long SAMPLE_MILLIS = 50;

  /**
   * How to run.
   *
   * @param sizes       numbers of events wanted (the log holds whole cases, so a few more)
   * @param format      {@link LogFormat#CSV} or {@link LogFormat#PARQUET}
   * @param seed        of the simulation
   * @param repeats     repetitions per size, at least 1
   * @param memoryLimit DuckDB's {@code memory_limit} for every database of the run, such as {@code "2GB"}
   * @param threads     DuckDB's threads, 0 for one per processor
   * @param folder      where the logs are written (and deleted after their row)
   */
  public record Settings(List<Long> sizes, LogFormat format, long seed, int repeats, String memoryLimit, int threads,
      Path folder) {
    public Settings {
      sizes = List.copyOf(sizes);
    }
  }

  /**
   * One size: medians in seconds, counts that were checked to agree, and the peaks seen while it ran.
   *
   * @param events          events of the log
   * @param cases           cases of the log
   * @param fileBytes       size of the log file
   * @param scanSeconds     DuckDB's scan and group-by
   * @param sequenceSeconds DuckDB's ordering per case and group-by of the moves
   * @param calibrateSeconds the whole calibration
   * @param peakHeapBytes   sum of the JVM heap pools' peaks during the row (garbage included)
   * @param peakDuckDbBytes DuckDB's largest memory use sampled during the row ({@code duckdb_memory()},
   *                        every {@value #SAMPLE_MILLIS} ms)
   * @param peakResidentBytes the process's largest resident size sampled during the row (Linux), else 0
   * @param scanEvents      events counted by the scan
   * @param sequenceCases   cases counted by the sequence (events without a predecessor)
   * @param transitions     departures counted by the calibration (its visits)
   */
  public record Row(long events, long cases, long fileBytes, double scanSeconds, double sequenceSeconds,
      double calibrateSeconds, long peakHeapBytes, long peakDuckDbBytes, long peakResidentBytes, long scanEvents,
      long sequenceCases, long transitions) {

    public double eventsPerSecond() {
      return events / calibrateSeconds;
    }

    public double scanEventsPerSecond() {
      return events / scanSeconds;
    }

    /** Calibration time over scan time: the target is at most 2. */
    public double ratioToScan() {
      return calibrateSeconds / scanSeconds;
    }

    public double ratioToSequence() {
      return calibrateSeconds / sequenceSeconds;
    }
  }

  private CalibrationBenchmark() {}

  /** DuckDB's version, as {@code SELECT version()} gives it. */
  public static String duckDbVersion() {
    try (DuckDbEngine engine = new DuckDbEngine(); Statement s = engine.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the benchmark, reporting each row to {@code progress} as it is done.
   *
   * @throws UncheckedIOException  when a log cannot be written
   * @throws IllegalStateException when the calibration's counts differ from DuckDB's own
   */
  public static List<Row> run(Journey journey, Settings settings, Consumer<Row> progress) {
    double eventsPerCase = eventsPerCase(journey, settings.seed());
    measure(journey, settings, Math.min(WARM_UP_EVENTS, settings.sizes().stream().mapToLong(Long::longValue).min().orElse(0)),
        eventsPerCase, 1);
    List<Row> rows = new ArrayList<>();
    for (long size : settings.sizes()) {
      Row row = measure(journey, settings, size, eventsPerCase, settings.repeats());
      rows.add(row);
      progress.accept(row);
    }
    return rows;
  }

  private static double eventsPerCase(Journey journey, long seed) {
    long[] events = {0};
    JourneySimulator.simulate(journey, PILOT_CASES, seed, e -> events[0]++);
    return Math.max(1.0, (double) events[0] / PILOT_CASES);
  }

  private static Row measure(Journey journey, Settings settings, long size, double eventsPerCase, int repeats) {
    Path file = write(journey, settings, size, (int) Math.min(Integer.MAX_VALUE, Math.ceil(1.2 * size / eventsPerCase) + 10));
    try {
      EventLog log = EventLog.of(file);
      String source = DuckDbEngine.source(log);
      double[] scan = new double[repeats];
      double[] sequence = new double[repeats];
      double[] calibrate = new double[repeats];
      long[] scanned = new long[2];
      Map<String, Long> scanActivities = new TreeMap<>();
      Observations observed = null;
      Map<String, Long> activities = null;
      Measures.resetHeapPeaks();
      try (Sampler sampler = new Sampler()) {
        for (int r = 0; r < repeats; r++) {
          try (DuckDbEngine baseline = new DuckDbEngine(settings.memoryLimit(), settings.threads())) {
            sampler.watch(baseline);
            long start = System.nanoTime();
            scanActivities.clear();
            query(baseline.connection(), "SELECT activity, count(*) FROM " + source + " GROUP BY activity",
                rs -> scanActivities.put(rs.getString(1), rs.getLong(2)));
            scan[r] = (System.nanoTime() - start) / 1e9;
          }
          try (DuckDbEngine baseline = new DuckDbEngine(settings.memoryLimit(), settings.threads())) {
            sampler.watch(baseline);
            long start = System.nanoTime();
            scanned[0] = 0;
            scanned[1] = 0;
            query(baseline.connection(), "SELECT previous IS NULL, count(*) FROM (SELECT activity, lag(activity) OVER"
                + " (PARTITION BY case_id ORDER BY CAST(timestamp AS TIMESTAMPTZ), activity) AS previous FROM " + source
                + ") GROUP BY activity, previous", rs -> {
                  scanned[0] += rs.getLong(2);
                  scanned[1] += rs.getBoolean(1) ? rs.getLong(2) : 0;
                });
            sequence[r] = (System.nanoTime() - start) / 1e9;
          }
          try (DuckDbEngine engine = new DuckDbEngine(settings.memoryLimit(), settings.threads())) {
            sampler.watch(engine);
            long start = System.nanoTime();
            activities = engine.activities(log);
            ActivityMapping mapping = JourneyMapping.of(journey, activities.keySet());
            observed = engine.observe(log, mapping);
            Calibration.of(journey, observed);
            calibrate[r] = (System.nanoTime() - start) / 1e9;
          }
        }
        check(file, scanActivities, scanned, activities, observed);
        long transitions = observed.transitions().stream().mapToLong(Observations.TransitionCount::count).sum();
        return new Row(observed.events(), observed.cases(), Files.size(file), Measures.median(scan), Measures.median(sequence),
            Measures.median(calibrate), Measures.peakHeap(), sampler.peakDuckDb.get(), sampler.peakResident.get(), scanned[0], scanned[1],
            transitions);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // Left in the benchmark's folder, which the caller removes.
      }
    }
  }

  private static void check(Path file, Map<String, Long> scanActivities, long[] sequence, Map<String, Long> activities,
      Observations observed) {
    long scanEvents = scanActivities.values().stream().mapToLong(Long::longValue).sum();
    if (!scanActivities.equals(activities) || scanEvents != observed.events() || sequence[0] != observed.events()
        || sequence[1] != observed.cases()) {
      throw new IllegalStateException("on " + file + " the calibration counted " + observed.events() + " events, "
          + observed.cases() + " cases and " + activities + "; DuckDB alone " + scanEvents + " events, " + sequence[1]
          + " cases and " + scanActivities);
    }
  }

  /**
   * Simulates customers into a log of the settings' format until it holds {@code size} events or
   * more (whole cases; {@code cases} is enough unless the pilot was unlucky); returns its path.
   */
  private static Path write(Journey journey, Settings settings, long size, int cases) {
    try {
      Files.createDirectories(settings.folder());
      Path csv = settings.folder().resolve("bench-" + size + ".csv");
      long[] written = {0};
      String[] lastCase = {null};
      try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        EventLogFormat.csv.header(out);
        JourneySimulator.simulate(journey, cases, settings.seed(), e -> {
          if (written[0] >= size && !e.caseId().equals(lastCase[0])) {
            return; // enough whole cases; the simulator's later cases are not written
          }
          try {
            EventLogFormat.csv.write(out, e);
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
          written[0]++;
          lastCase[0] = e.caseId();
        });
      }
      if (settings.format() == LogFormat.CSV) {
        return csv;
      }
      Path parquet = settings.folder().resolve("bench-" + size + ".parquet");
      try (DuckDbEngine duck = new DuckDbEngine(settings.memoryLimit(), settings.threads());
          Statement s = duck.connection().createStatement()) {
        s.execute("COPY (SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "', header = true)) TO '"
            + parquet.toString().replace("'", "''") + "' (FORMAT parquet)");
      } catch (SQLException e) {
        throw new IllegalStateException("DuckDB could not write " + parquet + ": " + e.getMessage(), e);
      } finally {
        Files.deleteIfExists(csv);
      }
      return parquet;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface RowReader {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Connection connection, String sql, RowReader reader) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        reader.accept(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Samples DuckDB's memory ({@code duckdb_memory()}, through a second connection to the database
   * being timed) and the process's resident size, keeping the largest of each.
   */
  private static final class Sampler implements AutoCloseable {
    final AtomicLong peakDuckDb = new AtomicLong();
    final AtomicLong peakResident = new AtomicLong();
    private Connection watched;
    private volatile boolean running = true;
    private final Thread thread;

    Sampler() {
      thread = new Thread(this::sample, "calibration-benchmark-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    /** Samples the database of {@code engine} from now on (the sampler's queries and this swap never overlap). */
    synchronized void watch(DuckDbEngine engine) {
      close(watched);
      try {
        watched = ((org.duckdb.DuckDBConnection) engine.connection()).duplicate();
      } catch (SQLException e) {
        watched = null;
      }
    }

    private synchronized void sampleOnce() {
      if (watched != null) {
        try (Statement s = watched.createStatement();
            ResultSet rs = s.executeQuery("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()")) {
          rs.next();
          peakDuckDb.accumulateAndGet(rs.getLong(1), Math::max);
        } catch (SQLException e) {
          // Nothing to sample: the next engine is watched soon.
        }
      }
      peakResident.accumulateAndGet(resident(), Math::max);
    }

    private void sample() {
      while (running) {
        sampleOnce();
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** VmRSS of /proc/self/status in bytes, 0 where there is none. */
    private static long resident() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
          }
        }
      } catch (IOException | RuntimeException e) {
        // Not Linux: no resident size.
      }
      return 0;
    }

    private static void close(Connection c) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException e) {
          // Already closed with its database.
        }
      }
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
      try {
        thread.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        close(watched);
        watched = null;
      }
    }
  }
}
