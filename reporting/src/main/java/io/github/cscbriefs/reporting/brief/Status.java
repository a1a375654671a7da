package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.IndicatorStatus;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An indicator's red/amber/green status as the metrics rated it ({@link
 * io.github.cscbriefs.metrics.StatusRule}), as a coloured cell with its word and symbol, and the
 * notes on why.
 */
final class Status {

  static final String RULE = "Status, the same rule for every indicator: Red when the council is in "
      + "the worst quarter of councils, worse than England, and either clearly worse than England "
      + "(by a tenth or more of England's figure and, for a rate, by more than chance would explain "
      + "for a service of its size) or getting worse. Amber when it is otherwise in the worst or "
      + "third quarter, or clearly worse than England, or worse than England and either clearly "
      + "worse than its statistical neighbours or getting worse. Green otherwise. A figure that "
      + "rests on fewer than 10 FTE or children, or that the brief queries, is never Red. "
      + "Indicators with no better direction, missing values and unranked figures are not rated.";

  private Status() {}

  static Optional<Rag> of(CouncilProfile profile, IndicatorComparison comparison) {
    return profile.rating(comparison).map(r -> switch (r) {
      case RED -> Rag.RED;
      case AMBER -> Rag.AMBER;
      case GREEN -> Rag.GREEN;
    });
  }

  /**
   * The status cell: the word, and "small numbers" or "queried" when the figure rests on
   * small numbers or is questioned this year.
   */
  static Cell cell(CouncilProfile profile, IndicatorComparison comparison) {
    Optional<Rag> rag = of(profile, comparison);
    if (rag.isEmpty()) {
      return Cell.of("Not rated" + caveats(profile, comparison).map(c -> ": " + c).orElse(""));
    }
    return Cell.status(rag.get(), rag.get().word() + caveats(profile, comparison).map(c -> ": " + c).orElse(""));
  }

  private static Optional<String> caveats(CouncilProfile profile, IndicatorComparison c) {
    List<String> caveats = new ArrayList<>();
    if (profile.smallNumbers(c.indicator()).isPresent()) {
      caveats.add("small numbers");
    }
    if (questioned(profile, c)) {
      caveats.add("queried");
    }
    return caveats.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", caveats));
  }

  private static boolean questioned(CouncilProfile profile, IndicatorComparison c) {
    return profile.dataQuality(c.indicator()).stream().anyMatch(f -> f.questions(c.year()));
  }

  /**
   * The notes under a table of statuses: why each rated indicator has its status, then each
   * small-numbers warning and each questioned figure of the year.
   */
  static List<String> notes(CouncilProfile profile) {
    List<String> notes = new ArrayList<>();
    for (IndicatorStatus s : profile.statuses()) {
      notes.add(s.indicator().label() + ": " + Wording.rating(s.rating()) + ", "
          + Wording.statusReasons(s) + ".");
    }
    if (!profile.smallNumbers().isEmpty()) {
      notes.add(Wording.smallNumbersNote(profile.smallNumbers()));
    }
    profile.comparisons().forEach(c -> profile.dataQuality(c.indicator()).stream()
        .filter(f -> f.questions(c.year()))
        .forEach(f -> notes.add("Figure queried: " + lowerFirst(Wording.questioned(f)) + ".")));
    return notes;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.UK) + text.substring(1);
  }
}
