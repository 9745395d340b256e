package dev.slippers.cli;

import dev.slippers.analysis.AnalysisOptions;
import dev.slippers.analysis.JourneyAnalysis;
import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.analysis.PainImpact;
import dev.slippers.model.Journey;
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
   * The report of a journey with the what-if gain of fixing each of its top pain points: one more
   * analysis per pain point, with that pain point fixed.
   */
  static FrictionReport report(Journey journey, JourneyAnalysis analysis) {
    Map<String, FixGain> gains = new LinkedHashMap<>();
    for (PainImpact pain : analysis.painPoints().stream().limit(FrictionReports.TOP_PAINS).toList()) {
      JourneyAnalysis fixed = ANALYZER.analyze(journey,
          AnalysisOptions.DEFAULT.withFixes(List.of(pain.painPointId())));
      gains.put(pain.painPointId(), new FixGain(pain.painPointId(), analysis.totalFriction(), fixed.totalFriction(),
          analysis.successProbability(), fixed.successProbability()));
    }
    return FrictionReports.of(journey, analysis, gains);
  }
}
