package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.Urgency;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Rag;
import java.util.Optional;

/**
 * An indicator's red/amber/green status, read from the metrics' priority actions rather than
 * judged again here: red when an immediate action rests on the indicator, amber for a high or
 * medium one, green when none does. Indicators without a better direction, and missing values,
 * are not rated.
 */
final class Status {

  static final String RULE = "Status: Red when the metrics drafted an immediate priority action "
      + "on the indicator, Amber when they drafted a high or medium one, Green when none; "
      + "indicators with no better direction, and missing values, are not rated.";

  private Status() {}

  static Optional<Rag> of(CouncilProfile profile, IndicatorComparison comparison) {
    if (comparison.indicator().polarity() == Polarity.NONE || !comparison.value().isPresent()) {
      return Optional.empty();
    }
    Optional<Urgency> urgency = profile.actions().stream()
        .filter(a -> a.indicatorIds().contains(comparison.indicator().id()))
        .map(PriorityAction::urgency)
        .min(Enum::compareTo);
    return Optional.of(urgency.map(u -> u == Urgency.IMMEDIATE ? Rag.RED : Rag.AMBER)
        .orElse(Rag.GREEN));
  }

  static Cell cell(CouncilProfile profile, IndicatorComparison comparison) {
    return of(profile, comparison).map(Cell::status).orElse(Cell.of("Not rated"));
  }
}
