package dev.slippers.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The even-split rule for transitions without a share, owned by {@link Transition#effectiveShares}. */
class TransitionTest {

  private static final double EPS = 1e-12;

  private static Transition to(String stage, double share) {
    return new Transition("a", stage, OptionalDouble.of(share), "");
  }

  private static Transition to(String stage) {
    return new Transition("a", stage, OptionalDouble.empty(), "");
  }

  @Test
  void writtenSharesStandAndTheRemainderIsSplitEvenlyAmongTheOthers() {
    assertArrayEquals(new double[] {0.4, 0.3, 0.3}, Transition.effectiveShares(List.of(to("b", 0.4), to("c"), to("d"))), EPS);
  }

  @Test
  void sharesUnderOneHundredPercentLeaveTheRestAsDropOff() {
    assertArrayEquals(new double[] {0.5, 0.2}, Transition.effectiveShares(List.of(to("b", 0.5), to("c", 0.2))), EPS);
  }

  @Test
  void transitionsWithoutShareGetNothingWhenTheWrittenOnesTakeEverything() {
    assertArrayEquals(new double[] {1.0, 0.0}, Transition.effectiveShares(List.of(to("b", 1.0), to("c"))), EPS);
  }

  @Test
  void sharesOverOneHundredPercentAreScaledDown() {
    assertArrayEquals(new double[] {0.6, 0.4, 0.0},
        Transition.effectiveShares(List.of(to("b", 0.9), to("c", 0.6), to("d"))), EPS);
  }

  @Test
  void noTransitionsNoShares() {
    assertArrayEquals(new double[0], Transition.effectiveShares(List.of()), EPS);
  }
}
