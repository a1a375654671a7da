package io.github.cscbriefs.metrics;

/**
 * An indicator's red/amber/green status, earned from the priority actions (the same rule for every
 * indicator): {@link #RED} when an immediate action rests on it, {@link #AMBER} for a high or
 * medium one, {@link #GREEN} when none does. Indicators without a better direction, and missing
 * values, are not rated.
 */
public enum Rating {
  RED,
  AMBER,
  GREEN
}
