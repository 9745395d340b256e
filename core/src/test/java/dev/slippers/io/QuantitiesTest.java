package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

  @ParameterizedTest
  @CsvSource({"30s,30", "5m,300", "5min,300", "2h,7200", "3d,259200", "1w,604800", "1h30m,5400", "1.5h,5400",
      "PT5M,300", "pt1h,3600", "P3D,259200", "1h 30m,5400", "1y,31536000", "6mo,15552000", "1y6mo,47088000",
      "P1Y,31536000", "P1Y2M,36720000", "P1W,604800", "P1DT2H,93600", "PT1M30S,90", "p1m,2592000", "PT90S,90"})
  void readsDurations(String text, long seconds) {
    assertEquals(Optional.of(Duration.ofSeconds(seconds)), Quantities.duration(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "5x", "m5", "1h30", "PT", "-5m", "P-1D", "five minutes", "Pizza", "P", "P1YT",
      "P1H", "PT1D", "1mo5", "5 m o", "1y-2mo"})
  void rejectsWhatIsNotADuration(String text) {
    assertEquals(Optional.empty(), Quantities.duration(text));
  }

  @Test
  void aYearIs365DaysAndAMonth30DaysInBothForms() {
    assertEquals(Quantities.duration("P1Y"), Quantities.duration("365d"));
    assertEquals(Quantities.duration("P1M"), Quantities.duration("30d"));
    assertEquals(Quantities.duration("1y"), Quantities.duration("P1Y"));
  }

  @Test
  void formattedDurationsReadBackToThemselves() {
    Random random = new Random(7);
    for (int i = 0; i < 1_000; i++) {
      Duration duration = Duration.ofSeconds(random.nextInt(10 * 86_400));
      assertEquals(Optional.of(duration), Quantities.duration(Quantities.formatDuration(duration)));
    }
  }

  @Test
  void sharesArePercentagesOrFractions() {
    assertEquals(0.4, Quantities.share("40%").getAsDouble(), 1e-12);
    assertEquals(0.125, Quantities.share("12.5 %").getAsDouble(), 1e-12);
    assertEquals(0.4, Quantities.share("0.4").getAsDouble(), 1e-12);
    assertTrue(Quantities.share("lots").isEmpty());
    assertEquals("40%", Quantities.formatShare(0.4));
    assertEquals("12.5%", Quantities.formatShare(0.125));
    assertEquals("0.33%", Quantities.formatShare(0.0033));
  }

  @Test
  void numbersHaveAtMostTwoDecimalsWithoutTrailingZeros() {
    assertEquals("120", Quantities.formatNumber(120));
    assertEquals("4.6", Quantities.formatNumber(4.6));
    assertEquals("-12.25", Quantities.formatNumber(-12.25));
    assertEquals("3", Quantities.formatNumber(2.999));
    assertEquals("0", Quantities.formatNumber(-0.001));
    assertEquals("100000000000000000000", Quantities.formatNumber(1e20));
  }
}
