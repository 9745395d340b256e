package dev.slippers.cli;

import dev.slippers.analysis.AnalysisOptions;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.analysis.PainImpact;
import dev.slippers.analysis.WhatIf;
import dev.slippers.mermaid.MermaidExport;
import dev.slippers.model.Journey;
import dev.slippers.render.report.ReportRenderer;
import dev.slippers.render.report.FixGain;
import dev.slippers.render.report.FrictionReport;
import dev.slippers.render.report.FrictionReports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analysis and the friction report of a journey, shared by the commands that need them. */
final class Analyses {

  private static final JourneyAnalyzer ANALYZER = new JourneyAnalyzer();

  private Analyses() {}

  static JourneyAnalysis analyze(Journey journey) {
    return ANALYZER.analyze(journey);
  }

  /**
   * The report of a journey with the what-if gain of fixing each of its top pain points alone
   * ({@link WhatIf}: one more analysis per pain point, plus one with all of them fixed).
   */
  static FrictionReport report(Journey journey, JourneyAnalysis analysis) {
    return report(journey, analysis, FrictionReports.SAMPLES, dev.slippers.analysis.uncertainty.UncertaintyAnalysis.DEFAULT_SEED);
  }

  /**
   * The report, its intervals (when the journey carries counts) from {@code samples} draws seeded with
   * {@code seed}: the draws of {@code slippers analyze --samples}.
   */
  static FrictionReport report(Journey journey, JourneyAnalysis analysis, int samples, long seed) {
    List<String> top = analysis.painPoints().stream().limit(FrictionReports.TOP_PAINS)
        .map(PainImpact::painPointId).toList();
    Map<String, FixGain> gains = new LinkedHashMap<>();
    if (!top.isEmpty()) {
      for (WhatIf.FixEffect fix : WhatIf.of(journey, AnalysisOptions.DEFAULT.withFixes(top), analysis).fixed()) {
        gains.put(fix.painPointId(), new FixGain(fix.painPointId(), analysis.totalFriction(),
            analysis.totalFriction() - fix.frictionRemoved(), fix.successBefore(), fix.successAfter(),
            analysis.experience().perCustomer(), fix.experienceAfter()));
      }
    }
    return FrictionReports.of(journey, analysis, gains, FrictionReports.uncertainty(journey, samples, seed));
  }

  /** The Markdown report, ending with the journey as Mermaid where it has a path to draw. */
  static String markdown(Journey journey, JourneyAnalysis analysis, FrictionReport report) {
    return MermaidExport.both(journey, analysis).map(m -> ReportRenderer.markdown(report, m))
        .orElseGet(() -> ReportRenderer.markdown(report));
  }
}
