package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import java.util.List;
import java.util.Objects;

/**
 * An indicator's red/amber/green status for one council and year, with the reasons the rule gave
 * it ({@link StatusRule}).
 *
 * @param indicator the indicator
 * @param year the reporting year
 * @param rating the status
 * @param reasons the tests of the rule that held, in {@link StatusReason} order; {@link
 *     StatusReason#SMALL_NUMBERS} or {@link StatusReason#QUESTIONED_FIGURE} only when it kept the
 *     indicator from Red
 */
public record IndicatorStatus(Indicator indicator, int year, Rating rating, List<StatusReason> reasons) {

  public IndicatorStatus {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(rating, "rating");
    reasons = List.copyOf(reasons);
  }

  /** True when {@code reason} is among the reasons. */
  public boolean has(StatusReason reason) {
    return reasons.contains(reason);
  }

  /** True when the rule would have made it Red but small numbers or a questioned figure kept it Amber. */
  public boolean redWithheld() {
    return has(StatusReason.SMALL_NUMBERS) || has(StatusReason.QUESTIONED_FIGURE);
  }
}
