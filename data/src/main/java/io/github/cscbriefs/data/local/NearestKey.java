package io.github.cscbriefs.data.local;

import io.github.cscbriefs.model.problem.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid spelling nearest to a mistyped key or value, for "did you mean …?".
 *
 * <p>Nearness is the Levenshtein distance ({@link EditDistance}), ignoring case and treating {@code
 * _} and {@code -} alike, so {@code baselineYear} and {@code baseline_year} both find {@code baseline-year}. A
 * word is suggested only when it is at most a third of the typed length away (at least 1, at most
 * 3 edits): {@code milestone} finds {@code milestones}, {@code colour} finds nothing rather than
 * {@code council}. The first of equally near words, in the order given, wins.
 */
final class NearestKey {

  /** Longer words are not typos of a key; comparing them would only cost time. */
  static final int MAX_LENGTH = 64;

  private NearestKey() {}

  /** The valid word nearest to {@code typed}, if one is near enough to be what was meant. */
  static Optional<String> among(String typed, Collection<String> valid) {
    if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String wanted = normal(typed);
    int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : valid) {
      int d = EditDistance.between(wanted, normal(candidate));
      if (d < bestDistance) { // 0: the same word but for case or _ and -, e.g. Start for start
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"}, or nothing when no valid word is near. */
  static String suggestion(String typed, Collection<String> valid) {
    return among(typed, valid).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  private static String normal(String word) {
    return word.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
