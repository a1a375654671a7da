package io.github.cscbriefs.model.problem;

/**
 * The Levenshtein distance between two words: the fewest single-character insertions, deletions
 * and substitutions that turn one into the other. What a "did you mean …?" suggestion measures
 * nearness by, for council names and for the keys of a local evidence file alike.
 *
 * <p>Written here rather than taken from Apache commons-text ({@code LevenshteinDistance}): the
 * words are names and keys of a few letters, the algorithm is the textbook two-row dynamic
 * programme below, and a new dependency (with commons-lang3 behind it) in the library's module
 * graph would cost its users more than these lines.
 */
public final class EditDistance {

  private EditDistance() {}

  /** The Levenshtein distance between {@code a} and {@code b}, compared as given (case counts). */
  public static int between(String a, String b) {
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
