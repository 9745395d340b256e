package dev.slippers.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the characters that make two words look the same and differ: a Cyrillic {@code о} typed for
 * a Latin {@code o} in {@code actiоn} reads exactly like {@code action}, and "unknown key 'actiоn'
 * (did you mean 'action'?)" alone leaves the author staring at two identical words.
 *
 * <p>Character names come from {@link Character#getName} (the Unicode character database the JDK
 * carries), so nothing is hand-listed.
 */
public final class LookAlikes {

  /** At most this many characters are named; a word with more is not a look-alike but another script. */
  private static final int MAX_NAMED = 3;

  private LookAlikes() {}

  /**
   * {@code ": 'о' is CYRILLIC SMALL LETTER O U+043E, not Latin 'o'"} for each non-ASCII character of
   * {@code written} that stands where {@code meant} has an ASCII one, or, without such a counterpart,
   * that sits among Latin letters; empty when there is none (a word wholly in another script is left
   * alone).
   */
  public static String describe(String written, Optional<String> meant) {
    int[] chars = written.codePoints().toArray();
    int[] target = meant.map(m -> m.codePoints().toArray()).orElse(new int[0]);
    boolean aligned = target.length == chars.length;
    boolean mixed = written.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c));
    List<String> named = new ArrayList<>();
    for (int i = 0; i < chars.length && named.size() <= MAX_NAMED; i++) {
      int c = chars[i];
      if (c < 128) {
        continue;
      }
      boolean counterpart = aligned && target[i] < 128 && target[i] != c;
      if (counterpart) {
        named.add(name(c) + ", not Latin '" + Character.toString(target[i]) + "'");
      } else if (mixed) {
        named.add(name(c));
      }
    }
    if (named.isEmpty() || named.size() > MAX_NAMED) {
      return "";
    }
    return ": " + String.join("; ", named);
  }

  private static String name(int c) {
    String name = Character.getName(c);
    return "'" + Character.toString(c) + "' is " + (name == null ? "an unnamed character" : name)
        + String.format(Locale.ROOT, " U+%04X", c);
  }
}
