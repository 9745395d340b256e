package dev.slippers.wording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slippers.model.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShownSharesTest {

  @Test
  void theShirtStoresOutcomesAddUpAndItsChurnIsTheRest() {
    // success 283.5, failure 315, lost 401.5 tenths: cut to 283 + 315 + 401 = 999, and the missing tenth
    // goes to the tie of success and lost at .5, the earlier: success.
    int[] shown = ShownShares.tenths(0.2835, 0.315, 0.4015);
    assertArrayEquals(new int[] {284, 315, 401}, shown);
    // The same tie a bit off in the last bits (283.49999999999994 and 401.5000000000001): still a tie.
    double success = Math.nextDown(0.2835);
    assertArrayEquals(new int[] {284, 315, 401}, ShownShares.tenths(success, 0.315, 1 - success - 0.315));
    Numerals en = Numerals.of(Language.EN);
    assertEquals("28.4%", en.percent(ShownShares.share(shown[0])));
    assertEquals("31.5%", en.percent(ShownShares.share(shown[1])));
    assertEquals("40.1%", en.percent(ShownShares.share(shown[2])));
    assertEquals("71.6%", en.percent(ShownShares.share(ShownShares.WHOLE - shown[0])),
        "the rest is the shown failure and lost added, where 0.7165 alone shows as 71.7%");
    assertEquals("71.7%", en.percent(0.7165), "the contradiction this fixes");
    // The journey's own shares: remainders .5, .315 and .185; the largest takes the missing tenth.
    assertArrayEquals(new int[] {284, 315, 401}, ShownShares.tenths(0.2835, 0.315315, 0.401185));
  }

  @Test
  void threeThirdsShowAsAWholeTheFirstTakingTheMissingTenth() {
    // Each alone is 33.3%, 99.9% together; the three remainders tie and the first takes the tenth.
    assertArrayEquals(new int[] {334, 333, 333}, ShownShares.tenths(1 / 3.0, 1 / 3.0, 1 / 3.0));
    // Rounding each alone gives 44.5 + 44.5 + 11.1 = 100.1%; the cut to 44.4 + 44.4 + 11.1 leaves one
    // tenth missing, and of the two remainders of .5 the first takes it.
    assertArrayEquals(new int[] {445, 444, 111}, ShownShares.tenths(0.4445, 0.4445, 0.111));
  }

  @Test
  void outcomesAreRoundedInTheOrderPagesListThem() {
    // Success first whatever the map's order, so that it takes the tie with lost as in the report.
    Map<String, Double> shirtStore = new TreeMap<>(
        Map.of("failure", 0.315, "lost", 0.4015, "success", 0.2835));
    assertEquals(List.of(Map.entry("success", 284), Map.entry("failure", 315),
        Map.entry("lost", 401)), List.copyOf(ShownShares.outcomes(shirtStore).entrySet()));
    // The journey's own outcomes after success, by name, then failure and lost.
    assertEquals(List.of("success", "complaint", "refund", "failure", "lost"), List.copyOf(
        ShownShares.outcomes(Map.of("refund", 0.007, "lost", 0.0, "failure", 0.029, "complaint", 0.006,
            "success", 0.958)).keySet()));
  }

  @Test
  void sharesThatAlreadyAddUpAreLeftAsTheyAre() {
    assertArrayEquals(new int[] {500, 250, 250}, ShownShares.tenths(0.5, 0.25, 0.25));
    assertArrayEquals(new int[] {1000}, ShownShares.tenths(1.0));
    assertArrayEquals(new int[] {1000, 0}, ShownShares.tenths(0.9999, 0.0001));
    assertArrayEquals(new int[] {958, 6, 7, 29, 0}, ShownShares.tenths(0.958, 0.006, 0.007, 0.029, 0));
    // A share a rounding error below a whole tenth is that tenth: 0.1 + 0.2 is 0.30000000000000004.
    assertArrayEquals(new int[] {700, 300}, ShownShares.tenths(0.7, 1 - 0.7));
    assertArrayEquals(new int[] {0, 1000}, ShownShares.tenths(-1e-17, 1.0), "a negative rounding error is 0");
    assertArrayEquals(new int[0], ShownShares.tenths());
  }

  /**
   * Random outcome vectors (2 to 8 outcomes, some empty, some tiny, some on a half tenth): the shown
   * shares always make a whole, each within a tenth of its exact value, and where rounding each alone
   * already makes a whole (no tie at a half) the shown shares are exactly those.
   */
  @Test
  void randomSharesAlwaysAddUpToAWholeEachWithinATenth() {
    Random random = new Random(20_240_611L);
    for (int run = 0; run < 5_000; run++) {
      double[] shares = randomShares(random);
      int[] shown = ShownShares.tenths(shares);
      String what = Arrays.toString(shares) + " -> " + Arrays.toString(shown);
      assertEquals(ShownShares.WHOLE, Arrays.stream(shown).sum(), what);
      boolean tie = false;
      long alone = 0;
      for (int i = 0; i < shares.length; i++) {
        double exact = shares[i] * ShownShares.WHOLE;
        assertTrue(Math.abs(shown[i] - exact) < 1, what + ": share " + i + " is more than a tenth off");
        tie |= Math.abs(exact - Math.floor(exact) - 0.5) < 1e-6;
        alone += Math.round(exact);
      }
      if (alone == ShownShares.WHOLE && !tie) {
        for (int i = 0; i < shares.length; i++) {
          assertEquals(Math.round(shares[i] * ShownShares.WHOLE), shown[i], what + ": share " + i);
        }
      }
    }
  }

  /** Weights made into shares of 1, a few of them 0, tiny or an exact number of half tenths. */
  private static double[] randomShares(Random random) {
    double[] weights = new double[2 + random.nextInt(7)];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = switch (random.nextInt(6)) {
        case 0 -> 0;
        case 1 -> random.nextDouble() * 1e-4;
        case 2 -> random.nextInt(200) / 2000.0;
        default -> random.nextDouble();
      };
    }
    double total = Arrays.stream(weights).sum();
    if (total == 0) {
      weights[0] = 1;
      total = 1;
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= total;
    }
    return weights;
  }
}
