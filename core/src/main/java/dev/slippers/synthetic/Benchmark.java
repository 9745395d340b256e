package dev.slippers.synthetic;

import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.JourneyLoader;
import dev.slippers.io.JourneyWriter;
import dev.slippers.io.LoadResult;
import dev.slippers.io.SourceMap;
import dev.slippers.io.YamlTreeReader;
import dev.slippers.model.Journey;
import dev.slippers.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times load + validate + analyse on synthetic journeys of growing size, in this JVM.
 *
 * <p>Each size is generated once and written as YAML; each repetition then reads that text back
 * (parse, map to the model, validate: what {@code slippers validate} does) and analyses the journey.
 * The median of the repetitions is reported, after a warm-up on the smallest size so that the first
 * row does not pay for the JIT compiler. A journey whose YAML exceeds the reader's safety limit
 * ({@link YamlTreeReader#MAX_CHARS} characters; 100,000 stages is about 60 MB, within it) cannot be
 * loaded, so its row times validation of the generated model instead and says so.
 */
public final class Benchmark {

  /**
   * One size: what was measured, medians in milliseconds, the peak heap seen (the sum of the heap
   * pools' peaks, which includes garbage not yet collected) and the live heap after a full
   * collection while the journey and its analysis are still held.
   */
  public record Row(int stages, int transitions, boolean loadedFromYaml, double loadMillis, double analyzeMillis,
      long peakHeapBytes, long liveHeapBytes) {

    public double totalMillis() {
      return loadMillis + analyzeMillis;
    }
  }

  private Benchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param sizes   numbers of stages, each at least 3
   * @param repeats repetitions per size (the median is kept), at least 1
   * @param seed    seed of the synthetic journeys
   */
  public static List<Row> run(List<Integer> sizes, int repeats, long seed) {
    int smallest = sizes.stream().mapToInt(Integer::intValue).min().orElse(100);
    for (int i = 0; i < 3; i++) {
      measure(SyntheticJourneys.generate(smallest, seed), 1);
    }
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.add(measure(SyntheticJourneys.generate(size, seed), repeats));
    }
    return rows;
  }

  private static Row measure(Journey journey, int repeats) {
    String yaml = JourneyWriter.write(journey);
    boolean loadable = yaml.length() <= YamlTreeReader.MAX_CHARS;
    double[] load = new double[repeats];
    double[] analyze = new double[repeats];
    System.gc();
    Measures.resetHeapPeaks();
    Object[] kept = new Object[2];
    for (int r = 0; r < repeats; r++) {
      long start = System.nanoTime();
      Journey subject = journey;
      if (loadable) {
        LoadResult loaded = new JourneyLoader(Path.of("")).parse("synthetic.yaml", yaml);
        if (loaded.hasErrors()) {
          throw new IllegalStateException("a synthetic journey is invalid: " + loaded.diagnostics().get(0).format());
        }
        subject = loaded.journey().orElseThrow();
      } else {
        Validator.checkJourney(journey, new SourceMap("synthetic.yaml"));
      }
      long loadedAt = System.nanoTime();
      kept[1] = new JourneyAnalyzer().analyze(subject);
      long end = System.nanoTime();
      kept[0] = subject;
      load[r] = (loadedAt - start) / 1e6;
      analyze[r] = (end - loadedAt) / 1e6;
    }
    long peak = Measures.peakHeap();
    yaml = null;
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long live = runtime.totalMemory() - runtime.freeMemory();
    java.lang.ref.Reference.reachabilityFence(kept);
    return new Row(journey.stages().size(), journey.transitions().size(), loadable, Measures.median(load), Measures.median(analyze),
        peak, live);
  }
}
