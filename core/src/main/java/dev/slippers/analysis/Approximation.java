package dev.slippers.analysis;

import dev.slippers.model.Language;

/**
 * Why an analysis is not exact: the flow solve ({@link Flow}) stopped at its bound in work on loops
 * too large to solve directly, so the visits there, and the outcomes, friction, value and experience
 * made from them, are the values reached when it stopped. Customers who go round a loop of more than
 * {@value Flow#DENSE_LIMIT} stages thousands of times before leaving are what it takes.
 *
 * @param loops               cyclic components left approximate
 * @param stages              stages in them, all together
 * @param transitionsFollowed transitions the Gauss-Seidel sweeps followed, all components together
 */
public record Approximation(int loops, int stages, long transitionsFollowed) {

  /** The rule-like name of the bound that stopped the solve, for scripts reading the JSON. */
  public static final String BOUND = "flow.sweep-work";

  /** The bound in work per loop, {@value Flow#SWEEP_WORK_BUDGET} transitions followed. */
  public static long budget() {
    return Flow.SWEEP_WORK_BUDGET;
  }

  /** One sentence saying what is approximate and why, in the journey's language. */
  public String reason(Language language) {
    if (language == Language.RU) {
      return "расчёт приближённый: поток через " + (loops == 1 ? "петлю" : "петли (" + loops + ")") + " из " + stages
          + " этапов не сошёлся в пределах работы решателя (5 × 10⁷ переходов на петлю), поэтому заходы, исходы и всё,"
          + " что из них посчитано, — значения на момент остановки, а не точные";
    }
    return "approximate: the flow through " + (loops == 1 ? "a loop" : loops + " loops") + " of " + stages
        + " stages did not settle within the solver's bound in work (5 × 10⁷ transitions per loop), so visits,"
        + " outcomes and every figure made from them are the values reached when it stopped, not exact";
  }
}
