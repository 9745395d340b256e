package dev.slippers.render.report;

/**
 * What fixing one pain point would gain, from the analysis re-run without it (a what-if).
 *
 * @param painPointId    the pain point fixed
 * @param frictionBefore the journey's total friction as it is
 * @param frictionAfter  total friction with the pain point gone
 * @param successBefore  success probability as it is
 * @param successAfter   success probability with the pain point gone
 */
public record FixGain(String painPointId, double frictionBefore, double frictionAfter, double successBefore,
    double successAfter) {

  /** Friction removed, as a share of the current total; zero when there is no friction. */
  public double frictionDropShare() {
    return frictionBefore <= 0 ? 0 : (frictionBefore - frictionAfter) / frictionBefore;
  }
}
