package io.github.cscbriefs.metrics;

import com.google.common.collect.Sets;
import io.github.cscbriefs.model.Inspection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds criticism Ofsted repeats from one visit to a later one. */
final class Repetition {

  private Repetition() {
  }

  /**
   * Evidence that {@code later} repeats {@code earlier}: a priority action with similar words
   * (Jaccard similarity of word sets at least {@link PriorityRules#repeatSimilarity()}), or the same
   * visit theme with priority actions at both visits.
   */
  static List<Evidence> between(Inspection earlier, Inspection later, PriorityRules rules) {
    List<Evidence> found = new ArrayList<>();
    for (String l : later.priorityActions()) {
      for (String e : earlier.priorityActions()) {
        if (similarity(e, l) >= rules.repeatSimilarity()) {
          found.add(new Evidence.RepeatedPriorityAction(earlier, later, l));
        }
      }
    }
    boolean sameTheme = earlier.theme().isPresent() && later.theme().isPresent()
        && normalise(earlier.theme().get()).equals(normalise(later.theme().get()));
    if (sameTheme && !earlier.priorityActions().isEmpty()) {
      found.add(new Evidence.ThemeRevisited(earlier, later));
    }
    return found;
  }

  /** Evidence that a visit reports an earlier priority action as not addressed. */
  static List<Evidence> escalations(Inspection visit, PriorityRules rules) {
    return visit.priorityActions().stream()
        .filter(text -> rules.escalationPhrases().stream()
            .anyMatch(p -> text.toLowerCase(Locale.UK).contains(p.toLowerCase(Locale.UK))))
        .<Evidence>map(text -> new Evidence.NotAddressed(visit, text))
        .toList();
  }

  /** Jaccard similarity of the two texts' sets of words of three letters or more. */
  static double similarity(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    Set<String> union = Sets.union(x, y);
    return union.isEmpty() ? 0 : (double) Sets.intersection(x, y).size() / union.size();
  }

  private static Set<String> words(String text) {
    return Arrays.stream(normalise(text).split(" "))
        .filter(w -> w.length() >= 3)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
