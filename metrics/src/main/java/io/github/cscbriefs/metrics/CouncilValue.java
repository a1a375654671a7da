package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;

/**
 * One council return's value in a distribution.
 *
 * @param areaCode the return's area code (e.g. {@code 812}, or {@code 314 / 318} for a combined
 *     return)
 * @param name the name published with the figures
 * @param value the number; for a {@code low} figure the smallest positive number, which ranks
 *     above a published 0 and below every published non-zero figure
 * @param low true when the published figure is {@code low}: it rounds to 0 but is not 0
 */
public record CouncilValue(String areaCode, String name, double value, boolean low) {

  /** A published number. */
  public CouncilValue(String areaCode, String name, double value) {
    this(areaCode, name, value, false);
  }

  /** A published {@code low}. */
  static CouncilValue low(String areaCode, String name) {
    return new CouncilValue(areaCode, name, Values.LOW_RANKS_AS, true);
  }

  /** The figure as published: the number, or missing as {@code low}. */
  public Value figure() {
    return low ? Value.missing(MissingReason.LOW) : Value.of(value);
  }
}
