package dev.disstatus.catalog;

import java.util.Collection;
import java.util.Optional;

/** Guesses which of a few known words a misspelt one means, for "did you mean" hints. */
public final class Spelling {
  private Spelling() {}

  /**
   * The known word that a misspelt one most likely means: at most two edits away, or differing only in case;
   * of several, the closest, the first listed among equals.
   */
  public static Optional<String> closest(String word, Collection<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int distance = candidate.equalsIgnoreCase(word) ? 0 : editDistance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Levenshtein distance: how many inserted, removed or replaced chars turn one string into the other. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
