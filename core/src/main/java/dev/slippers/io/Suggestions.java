package dev.slippers.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Did-you-mean: the closest known name to a misspelt one. */
public final class Suggestions {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong} by edit distance, when it is close enough to be a likely
   * typo (see {@link #allowedEdits}); ties go to the alphabetically first, so messages are stable.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    return candidates.stream()
        .filter(c -> distance(wrong, c) <= allowedEdits(Math.max(wrong.length(), c.length())))
        .min(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(Comparator.naturalOrder()));
  }

  /** A hint "did you mean 'x'?" or, without a close candidate, the list of what is allowed. */
  public static String hint(String wrong, Collection<String> candidates, String what) {
    Optional<String> close = closest(wrong, candidates);
    if (close.isPresent()) {
      return "did you mean '" + close.get() + "'?";
    }
    if (candidates.isEmpty()) {
      return "no " + what + " are declared";
    }
    if (candidates.size() <= 16) {
      return "known " + what + ": " + String.join(", ", candidates.stream().sorted().toList());
    }
    return "see the declared " + what;
  }

  /** One edit for short names, two (a swapped pair of letters) from four letters, a third beyond. */
  private static int allowedEdits(int length) {
    return length < 4 ? 1 : Math.max(2, length / 3);
  }

  private static int distance(String a, String b) {
    return DISTANCE.apply(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
  }
}
