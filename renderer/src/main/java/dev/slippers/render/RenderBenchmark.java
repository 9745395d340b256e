package dev.slippers.render;

import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.model.Journey;
import dev.slippers.render.graph.StageGraphSvg;
import dev.slippers.render.html.JourneyHtml;
import dev.slippers.render.map.JourneyMapSvg;
import dev.slippers.synthetic.SyntheticJourneys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times rendering of synthetic journeys, as a main rather than a test (timings belong in a report,
 * not in a pass/fail check):
 *
 * <pre>java -Xss16m -cp cli/target/slippers.jar dev.slippers.render.RenderBenchmark [sizes] [repeats]</pre>
 *
 * <p>For each size it reports the median time of the analysis (the baseline: the step that always
 * comes before rendering, measured on the same journey in the same JVM), the map SVG, the stage
 * graph SVG and the HTML page built from both, and each as a ratio to the baseline. Ratios travel
 * between machines better than milliseconds. The map SVG of 1,000 stages has a target of 2 s.
 */
public final class RenderBenchmark {

  private static final double MAP_TARGET_MILLIS = 2_000;

  private RenderBenchmark() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    List<Integer> sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).map(Integer::parseInt).toList()
        : List.of(10, 100, 1_000);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    // Warm-up: the first renders pay for class loading, font loading and the JIT.
    for (int i = 0; i < 5; i++) {
      Row ignored = measure(SyntheticJourneys.generate(50, 1), 1);
    }
    System.out.printf(Locale.ROOT, "%8s %12s %10s %8s %10s %8s %10s %8s%n",
        "stages", "analysis ms", "map ms", "ratio", "graph ms", "ratio", "html ms", "ratio");
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      Row row = measure(SyntheticJourneys.generate(size, 1), repeats);
      rows.add(row);
      System.out.printf(Locale.ROOT, "%8d %12.1f %10.1f %7.1fx %10.1f %7.1fx %10.1f %7.1fx%n",
          size, row.analysis, row.map, row.map / row.analysis, row.graph, row.graph / row.analysis,
          row.html, row.html / row.analysis);
    }
    rows.stream().filter(r -> r.stages == 1_000).findFirst().ifPresent(r -> System.out.printf(Locale.ROOT,
        "map SVG of 1,000 stages: %.0f ms against a target of %.0f ms: %s%n", r.map, MAP_TARGET_MILLIS,
        r.map < MAP_TARGET_MILLIS ? "met" : "MISSED"));
  }

  private record Row(int stages, double analysis, double map, double graph, double html) {}

  private static Row measure(Journey journey, int repeats) {
    double[] analysis = new double[repeats];
    double[] map = new double[repeats];
    double[] graph = new double[repeats];
    double[] html = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      JourneyAnalysis[] result = new JourneyAnalysis[1];
      analysis[r] = time(() -> result[0] = new JourneyAnalyzer().analyze(journey));
      JourneyView view = new JourneyView(journey, result[0]);
      dev.slippers.render.text.TextMeasure.clearCache();
      String[] svgs = new String[2];
      map[r] = time(() -> svgs[0] = JourneyMapSvg.render(view));
      graph[r] = time(() -> svgs[1] = StageGraphSvg.render(view));
      html[r] = time(() -> JourneyHtml.render(view, svgs[0], svgs[1]));
    }
    return new Row(journey.stages().size(), median(analysis), median(map), median(graph), median(html));
  }

  private static double time(Supplier<?> work) {
    long start = System.nanoTime();
    Object result = work.get();
    long end = System.nanoTime();
    if (result == null) {
      throw new IllegalStateException("nothing rendered");
    }
    return (end - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
