package dev.slippers.analysis.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnalysisJsonNumbersTest {

  private static String json(double value) {
    return AnalysisJson.number(value).toString();
  }

  @Test
  void numbersArePlainRoundedAndStable() {
    assertEquals("0.666666666667", json(2.0 / 3));
    assertEquals("1", json(1.0000000000000004));
    assertEquals("25000000", json(2.5e7));
    assertEquals("0", json(-0.0));
    assertEquals("0", json(Double.NaN));
    assertEquals("0", json(Double.POSITIVE_INFINITY));
    assertEquals("-0.25", json(-0.25));
    assertEquals("1.5E-20", json(1.5e-20));
  }
}
