package dev.slippers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slippers.model.Language;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void durationsAreSaidInTheJourneysLanguageToTheirTwoLargestUnits() {
    assertEquals("45 s", Formats.duration(45, Language.EN));
    assertEquals("5 min", Formats.duration(299.6, Language.EN));
    assertEquals("1 h 30 min", Formats.duration(5400, Language.EN));
    assertEquals("2 h", Formats.duration(7190, Language.EN), "rounded to the minute first");
    assertEquals("1 d 4 h", Formats.duration(86_400 + 4 * 3600 + 7 * 60, Language.EN));
    assertEquals("3 d", Formats.duration(3 * 86_400, Language.EN));
    assertEquals("45 с", Formats.duration(45, Language.RU));
    assertEquals("1 ч 30 мин", Formats.duration(5400, Language.RU));
    assertEquals("2 дн. 4 ч", Formats.duration(2 * 86_400 + 4 * 3600, Language.RU));
  }
}
