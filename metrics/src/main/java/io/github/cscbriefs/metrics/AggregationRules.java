package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import java.util.EnumSet;
import java.util.Set;

/**
 * How council figures are summed into England and regional rates, following DfE's rules.
 *
 * @param countedAsZero missing reasons whose component still counts, as 0, in both numerator and
 *     denominator sums. Default {@code low}: DfE publishes {@code low} for a figure that rounds to 0
 *     but is not 0, and its own total includes the true figure, so leaving the council out would
 *     remove its whole denominator while counting it adds less than the rounding error.
 * @param carryForwardMissingReturns when a council's return is missing as {@code x} in every
 *     measure, use its previous year's figures instead, as DfE did for Kensington and Chelsea and
 *     for Westminster in the 2025 England, London and Inner London totals (a cyber incident). Default
 *     true.
 */
public record AggregationRules(Set<MissingReason> countedAsZero, boolean carryForwardMissingReturns) {

  public AggregationRules {
    countedAsZero = countedAsZero.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(countedAsZero));
  }

  /** DfE's rules as described above. */
  public static AggregationRules dfe() {
    return new AggregationRules(Set.of(MissingReason.LOW), true);
  }
}
