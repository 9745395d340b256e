package dev.slippers.analysis;

/**
 * The journey's experience in one figure that losing customers cannot improve: the expected
 * experience cost per customer who enters (lower is better).
 *
 * <pre>
 * cost = Σ_s v_s × g_s × (friction_s − credit_s)  +  M × P(failure or lost)
 * </pre>
 *
 * where v_s is the expected visits to stage s, g_s the probability of finishing from s (ending in
 * an outcome other than {@code failure}; leaking counts as lost), credit_s the bright-spot credit of
 * s (w_bright × the positive emotions of its touchpoints) and M the churn penalty. A customer who
 * finishes is charged the friction they met, less the bright spots; one who fails or is lost is
 * charged M instead. M is {@code scoring.churn_penalty} on top of the most net friction customers
 * ending in any one finishing outcome o can expect from any stage on
 * ({@code M = penalty + max(0, max_{o,s} h^o_s / g^o_s)}), so sending a customer towards an end
 * that is not a failure always costs less than losing them, and turning an outcome into a failure
 * always costs more. With the bound alone, a journey whose finishers all walk one path would cost
 * that path's friction per customer whatever its success rate.
 *
 * @param perCustomer       the cost per entering customer, with {@link #churnPenalty}
 * @param finishedFriction  Σ v_s g_s (friction_s − credit_s): what finishing customers meet, net
 * @param brightCredit      Σ v_s g_s credit_s: the bright-spot credit those customers earn
 * @param churnShare        P(failure or lost)
 * @param churnPenalty      M, the penalty used
 * @param declaredPenalty   the journey's {@code scoring.churn_penalty} (default 10)
 */
public record ExperienceScore(double perCustomer, double finishedFriction, double brightCredit, double churnShare,
    double churnPenalty, double declaredPenalty) {

  /** The cost with another churn penalty, to compare two versions of a journey on one scale. */
  public double perCustomer(double penalty) {
    return finishedFriction + penalty * churnShare;
  }
}
