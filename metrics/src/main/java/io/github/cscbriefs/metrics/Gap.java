package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;

/**
 * A council's value against one comparator.
 *
 * @param kind the comparator
 * @param comparator the comparator's value; missing with its reason
 * @param contributors for neighbour comparators, how many neighbours had a value; 1 for England and
 *     the region when present, 0 when missing
 * @param difference council − comparator (missing when either is)
 * @param ratio council ÷ comparator (missing when either is, or the comparator is 0)
 * @param worse true when both are numbers and the council is worse by polarity
 */
public record Gap(ComparatorKind kind, Value comparator, int contributors,
    Value difference, Value ratio, boolean worse) {

  /** The gap between {@code council} and {@code comparator}. */
  public static Gap of(ComparatorKind kind, Value council, Value comparator,
      int contributors, Polarity polarity) {
    return new Gap(kind, comparator, contributors, Values.difference(council, comparator),
        Values.ratio(council, comparator), Trend.isWorse(council, comparator, polarity));
  }
}
