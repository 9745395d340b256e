package dev.slippers.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.model.Language;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumeralsTest {

  private static final Numerals EN = Numerals.of(Language.EN);
  private static final Numerals RU = Numerals.of(Language.RU);
  private static final String NNBSP = "\u202F";
  private static final String NBSP = "\u00a0";

  @Test
  void englishWritesPointsAndRussianCommas() {
    assertEquals("38.5%", EN.percent(0.385));
    assertEquals("38,5%", RU.percent(0.385));
    assertEquals("100%", RU.percent(1));
    assertEquals("1.52", EN.score(1.5249));
    assertEquals("1,52", RU.score(1.5249));
    assertEquals("4,6", RU.number(4.6));
    assertEquals("-12,25", RU.number(-12.25));
    assertEquals("120", RU.number(120.001));
    assertEquals("4,5%", RU.roundPercent(0.045));
    assertEquals("63%", RU.roundPercent(0.634));
  }

  @Test
  void percentagePointsAreSignedAndNamedInTheLanguage() {
    assertEquals("+2.1" + NBSP + "pp", EN.points(0.021));
    assertEquals("+2,1" + NBSP + "п." + NBSP + "п.", RU.points(0.021));
    assertEquals("-0,5" + NBSP + "п." + NBSP + "п.", RU.points(-0.005));
    assertEquals("0" + NBSP + "pp", EN.points(-0.0001), "no sign on a change that rounds to nothing");
    assertEquals("+0,40", RU.signedScore(0.4));
    assertEquals("0.00", EN.signedScore(-0.001));
    assertEquals("-7,7%", RU.signedPercent(-0.077));
  }

  @Test
  void thousandsAreGroupedWithANarrowNoBreakSpace() {
    assertEquals("1" + NNBSP + "250" + NNBSP + "000", RU.money(1_250_000.4));
    assertEquals("1" + NNBSP + "250", EN.money(1250));
    assertEquals("-6" + NNBSP + "000", RU.money(-6000));
    assertEquals("75" + NNBSP + "000", RU.number(75_000));
    assertEquals("7500", RU.number(7500), "four digits stay whole");
    assertEquals("12" + NNBSP + "345,5", RU.plain(12_345.5));
    assertEquals("-12" + NNBSP + "345.5", EN.plain(-12_345.5));
  }

  @Test
  void theOutcomesSlippersNamesAreTranslatedOthersStayAsWritten() {
    assertEquals("успех", OutcomeNames.of("success", Language.RU));
    assertEquals("неудача", OutcomeNames.of("failure", Language.RU));
    assertEquals("потеряны", OutcomeNames.of("lost", Language.RU));
    assertEquals("refund", OutcomeNames.of("refund", Language.RU));
    assertEquals("lost", OutcomeNames.of("lost", Language.EN));
  }

  @Test
  void aHalfUpToTheLastBitsOfTheArithmeticRoundsUp() {
    // Worked by hand: 47.5% x 3 = 1.425 and 0.2835 = 28.35% are halves; in binary they come out
    // just below, and the formatter would write 1.42 and 28.3.
    assertEquals(1.4249999999999998, 0.475 * 3);
    assertEquals("1.42", String.format(Locale.ROOT, "%.2f", 0.475 * 3));
    assertEquals("1.43", Numerals.decimal(0.475 * 3, 2));
    assertEquals(28.349999999999998, 0.2835 * 100);
    assertEquals("28.4%", Numerals.of(dev.slippers.model.Language.EN).percent(0.2835));
    assertEquals("-28.4", Numerals.decimal(-0.2835 * 100, 1));
    // Below a half by more than a billionth of the last digit: rounded down, as written.
    assertEquals("28.3", Numerals.decimal(28.34999999, 1));
    assertEquals("1.42", Numerals.decimal(1.42499999, 2));
  }

  @Test
  void decimalIsWhatTheFormatterWritesOfTheSnappedValue() {
    // Hand-checked: ties round up on the shortest decimal (2.675 and 1.005 are just below in binary,
    // the formatter still rounds them up), the sign stays on a value that rounds to zero.
    assertEquals("2.68", Numerals.decimal(2.675, 2));
    assertEquals("1.01", Numerals.decimal(1.005, 2));
    assertEquals("0.13", Numerals.decimal(0.125, 2));
    assertEquals("-0.00", Numerals.decimal(-0.001, 2));
    assertEquals("-0.0", Numerals.decimal(-0.0, 1));
    assertEquals("NaN", Numerals.decimal(Double.NaN, 1));
    assertEquals("-Infinity", Numerals.decimal(Double.NEGATIVE_INFINITY, 2));
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      double value = switch (i % 4) {
        case 0 -> random.nextDouble() * 100;
        case 1 -> random.nextInt(200_000) / 1000.0 - 100 + (random.nextBoolean() ? 0.0005 : 0);
        case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 10);
        default -> Double.longBitsToDouble(random.nextLong());
      };
      int decimals = i % 4;
      // The formatter rounds the value's shortest decimal half up, as decimal does once a value a
      // billionth of the last digit from a half is taken as the half; a negative value keeps its
      // sign when its digits round to zero, as the formatter writes a negative double.
      String expected = !Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value)
          : (Double.compare(value, 0.0) < 0 ? "-" : "")
              + String.format(Locale.ROOT, "%." + decimals + "f", Numerals.snapped(Math.abs(value), decimals));
      assertEquals(expected, Numerals.decimal(value, decimals), () -> value + " with " + decimals + " decimals");
    }
  }
}
