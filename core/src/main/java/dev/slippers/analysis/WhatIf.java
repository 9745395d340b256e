package dev.slippers.analysis;

import dev.slippers.model.Journey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What fixing some pain points would change: outcomes, value per period, experience and friction
 * before and after, for the fixes together and for each fix alone, so that teams can rank fixes. The
 * journey "after" is {@link PainFixes#apply}, the fix model documented there.
 *
 * @param fixes               the pain points fixed, in the order given
 * @param before              the analysis of the journey as it is
 * @param after               the analysis with every fix applied
 * @param stages              per stage whose friction or visits change, in file order
 * @param fixed               each fix alone, in the order given
 */
public record WhatIf(
    List<String> fixes, JourneyAnalysis before, JourneyAnalysis after, List<StageChange> stages, List<FixEffect> fixed) {

  public WhatIf {
    fixes = List.copyOf(fixes);
    stages = List.copyOf(stages);
    fixed = List.copyOf(fixed);
  }

  /**
   * One stage before and after the fixes.
   *
   * @param stageId        the stage
   * @param frictionBefore its friction as it is
   * @param frictionAfter  its friction with the fixes
   * @param visitsBefore   expected visits as it is
   * @param visitsAfter    expected visits with the fixes
   */
  public record StageChange(String stageId, double frictionBefore, double frictionAfter, double visitsBefore,
      double visitsAfter) {}

  /**
   * One fix on its own.
   *
   * @param painPointId      the pain point fixed
   * @param stageId          its stage
   * @param frictionRemoved  the drop in total friction (friction x visits over all stages)
   * @param successBefore    probability of success as it is
   * @param successAfter     probability of success with this fix alone
   * @param outcomesAfter    every outcome's probability with this fix alone
   * @param valueAfter       value per period with this fix alone, empty without economics
   * @param experienceAfter  experience cost per customer with this fix alone
   */
  public record FixEffect(String painPointId, String stageId, double frictionRemoved, double successBefore,
      double successAfter, Map<String, Double> outcomesAfter, java.util.OptionalDouble valueAfter,
      double experienceAfter) {

    public FixEffect {
      outcomesAfter = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(outcomesAfter));
    }
  }

  /**
   * Analyses the journey as it is, with every fix, and with each fix alone (1 + 1 + fixes analyses).
   *
   * @throws IllegalArgumentException when a fix names no pain point of the journey
   */
  public static WhatIf of(Journey journey, AnalysisOptions options) {
    return of(journey, options, new JourneyAnalyzer().analyze(journey, options.withFixes(List.of())));
  }

  /**
   * {@link #of(Journey, AnalysisOptions)}, given the analysis of the journey as it is (with no
   * fixes), which the caller often has already: it is not computed again. Each fix alone is
   * analysed without the pains' attribution, which it does not report (each such analysis would
   * otherwise solve the flow up to {@link PainValues#SAMPLE_BUDGET} times).
   *
   * @throws IllegalArgumentException when a fix names no pain point of the journey
   */
  public static WhatIf of(Journey journey, AnalysisOptions options, JourneyAnalysis before) {
    JourneyAnalyzer analyzer = new JourneyAnalyzer();
    AnalysisOptions plain = options.withFixes(List.of());
    JourneyAnalysis after = analyzer.analyze(journey, options);
    List<StageChange> changes = new ArrayList<>();
    for (int i = 0; i < before.stages().size(); i++) {
      StageFriction b = before.stages().get(i);
      StageFriction a = after.stages().get(i);
      if (b.friction() != a.friction() || b.expectedVisits() != a.expectedVisits()) {
        changes.add(new StageChange(b.stageId(), b.friction(), a.friction(), b.expectedVisits(), a.expectedVisits()));
      }
    }
    Map<String, String> stageOfPain = new java.util.HashMap<>();
    journey.stages().forEach(s -> s.painPoints().forEach(p -> stageOfPain.put(p.id(), s.id())));
    List<FixEffect> effects = new ArrayList<>();
    for (String fix : options.fixes().stream().distinct().toList()) {
      JourneyAnalysis alone = options.fixes().size() == 1 ? after
          : analyzer.analyze(journey, plain.withFixes(List.of(fix)), false);
      effects.add(new FixEffect(fix, stageOfPain.get(fix), before.totalFriction() - alone.totalFriction(),
          before.successProbability(), alone.successProbability(), alone.outcomes(), value(alone),
          alone.experience().perCustomer()));
    }
    return new WhatIf(options.fixes(), before, after, changes, effects);
  }

  /** Value per period as it is; empty without economics. */
  public java.util.OptionalDouble valueBefore() {
    return value(before);
  }

  /** Value per period with every fix applied; empty without economics. */
  public java.util.OptionalDouble valueAfter() {
    return value(after);
  }

  private static java.util.OptionalDouble value(JourneyAnalysis analysis) {
    return analysis.value().map(v -> java.util.OptionalDouble.of(v.expectedPerPeriod()))
        .orElse(java.util.OptionalDouble.empty());
  }

  /** The drop in total friction with every fix applied. */
  public double frictionRemoved() {
    return before.totalFriction() - after.totalFriction();
  }
}
