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
 * An indicator's red/amber/green status as the metrics rated it ({@link
 * io.github.cscbriefs.metrics.Rating}), as a coloured cell with its word and symbol.
 */
final class Status {

  static final String RULE = "Status: Red when the data call for an immediate priority action "
      + "on the indicator, Amber when they call for a high or medium one, Green when none; "
      + "indicators with no better direction, and missing values, are not rated.";

  private Status() {}

  static Optional<Rag> of(CouncilProfile profile, IndicatorComparison comparison) {
    return profile.rating(comparison).map(r -> switch (r) {
      case RED -> Rag.RED;
      case AMBER -> Rag.AMBER;
      case GREEN -> Rag.GREEN;
    });
  }

  static Cell cell(CouncilProfile profile, IndicatorComparison comparison) {
    return of(profile, comparison).map(Cell::status).orElse(Cell.of("Not rated"));
  }
}
