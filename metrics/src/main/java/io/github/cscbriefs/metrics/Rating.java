package io.github.cscbriefs.metrics;

/**
 * An indicator's red/amber/green status, earned by {@link StatusRule} (the same rule for every
 * indicator, from its quartile band, its distance and significance against England and its
 * neighbours, and its trend; {@link IndicatorStatus} carries the reasons). Indicators without a
 * better direction, missing values and unranked figures are not rated.
 */
public enum Rating {
  /** In the worst quarter, worse than England, and clearly worse or worsening. */
  RED,
  /** In the third or worst quarter, or clearly worse than England, or worse and worsening. */
  AMBER,
  /** None of the above. */
  GREEN
}
