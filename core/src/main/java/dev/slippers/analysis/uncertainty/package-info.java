/**
 * How sure the analysis can be, given the evidence behind the journey's shares. Where a stage's
 * transitions carry observed counts, its exits (each transition and the lost remainder) get a
 * Dirichlet posterior; {@link dev.slippers.analysis.uncertainty.UncertaintyAnalysis} draws journeys
 * from it with a fixed seed, solves each one exactly ({@link dev.slippers.analysis.OutcomeProbabilities})
 * and reports percentile intervals for success, value per period and what fixing each pain point is
 * worth, and how often each fix comes out on top. Stages without counts keep their designed shares
 * and are reported as assumed. The method is documented in docs/analysis.md, section 15.
 */
package dev.slippers.analysis.uncertainty;
