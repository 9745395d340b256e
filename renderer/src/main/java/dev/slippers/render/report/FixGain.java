package dev.slippers.render.report;

/**
 * What fixing one pain point would gain, from the analysis re-run without it (a what-if).
 *
 * @param painPointId      the pain point fixed
 * @param frictionBefore   the journey's total friction as it is
 * @param frictionAfter    total friction with the pain point gone
 * @param successBefore    success probability as it is
 * @param successAfter     success probability with the pain point gone
 * @param experienceBefore the experience cost per entering customer as it is; NaN when not computed
 * @param experienceAfter  the experience cost with the pain point gone; NaN when not computed
 */
public record FixGain(String painPointId, double frictionBefore, double frictionAfter, double successBefore,
    double successAfter, double experienceBefore, double experienceAfter) {

  /** A gain without the experience figure. */
  public FixGain(String painPointId, double frictionBefore, double frictionAfter, double successBefore,
      double successAfter) {
    this(painPointId, frictionBefore, frictionAfter, successBefore, successAfter, Double.NaN, Double.NaN);
  }

  /** Friction removed, as a share of the current total; zero when there is no friction. */
  public double frictionDropShare() {
    return frictionBefore <= 0 ? 0 : (frictionBefore - frictionAfter) / frictionBefore;
  }

  /** Whether the experience figure before and after was computed. */
  public boolean hasExperience() {
    return !Double.isNaN(experienceBefore) && !Double.isNaN(experienceAfter);
  }
}
