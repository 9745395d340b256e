package dev.slippers.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Look-alike characters named by their Unicode names, as the messages of unknown keys and ids show them. */
class LookAlikesTest {

  @Test
  void aCyrillicLetterWhereTheKnownWordHasALatinOneIsNamedWithItsCodePointAndTheLetterMeant() {
    assertEquals(": 'о' is CYRILLIC SMALL LETTER O U+043E, not Latin 'o'",
        LookAlikes.describe("acti\u043En", Optional.of("action")));
    assertEquals(": 'А' is CYRILLIC CAPITAL LETTER A U+0410, not Latin 'a'; 'с' is CYRILLIC SMALL LETTER ES U+0441, not Latin 'c'",
        LookAlikes.describe("\u0410\u0441tion", Optional.of("action")));
  }

  @Test
  void withoutAWordToCompareACharacterAmongLatinLettersIsStillNamed() {
    assertEquals(": 'е' is CYRILLIC SMALL LETTER IE U+0435", LookAlikes.describe("ord\u0435r", Optional.empty()));
    assertEquals(": 'é' is LATIN SMALL LETTER E WITH ACUTE U+00E9", LookAlikes.describe("caf\u00E9", Optional.empty()));
  }

  @Test
  void plainAsciiAndWordsWhollyInAnotherScriptAreLeftAlone() {
    assertEquals("", LookAlikes.describe("actoin", Optional.of("action")));
    assertEquals("", LookAlikes.describe("\u0437\u0430\u043A\u0430\u0437", Optional.empty()));
    assertEquals("", LookAlikes.describe("", Optional.empty()));
  }

  @Test
  void aWordWithManyForeignLettersIsAnotherScriptNotALookAlike() {
    // Four Cyrillic letters among Latin ones: naming them all would bury the message.
    assertEquals("", LookAlikes.describe("a\u0441\u0442\u0438\u043E", Optional.empty()));
  }
}
