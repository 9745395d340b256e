package dev.slippers.analysis;

import java.util.List;

/**
 * What an analysis is asked for.
 *
 * @param top   how many paths of each ranking and how many betweenness bottlenecks to report
 * @param fixes ids of pain points to treat as fixed (see {@link PainFixes}), in the order given
 */
public record AnalysisOptions(int top, List<String> fixes) {

  public static final int DEFAULT_TOP = 5;
  public static final AnalysisOptions DEFAULT = new AnalysisOptions(DEFAULT_TOP, List.of());

  public AnalysisOptions {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 or more, was " + top);
    }
    fixes = List.copyOf(fixes);
  }

  public AnalysisOptions withFixes(List<String> newFixes) {
    return new AnalysisOptions(top, newFixes);
  }
}
