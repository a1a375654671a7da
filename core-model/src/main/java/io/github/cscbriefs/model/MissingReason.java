package io.github.cscbriefs.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a published figure has no number, following the Explore Education Statistics symbols. The
 * reason is kept all the way to the brief: a missing value is never turned into 0.
 */
public enum MissingReason {
  NOT_AVAILABLE("x", "not available"),
  NOT_APPLICABLE("z", "not applicable"),
  SUPPRESSED("c", "suppressed to protect confidentiality"),
  LOW("low", "rounds to 0 but is not 0"),
  LOW_RELIABILITY("u", "low reliability"),
  /** The release read did not publish this measure at all (older releases have fewer columns). */
  NOT_PUBLISHED("-", "not published in this release"),
  /** A cell left empty in the source file. */
  BLANK("", "blank in the source"),
  /** Derived from other figures, one of which is missing. */
  NOT_COMPUTABLE("..", "cannot be computed: an input is missing");

  private final String symbol;
  private final String description;

  MissingReason(String symbol, String description) {
    this.symbol = symbol;
    this.description = description;
  }

  /** The symbol as printed in the source and in the brief. */
  public String symbol() {
    return symbol;
  }

  public String description() {
    return description;
  }

  /** The EES symbol's reason, if {@code text} (trimmed, any case) is one of the published symbols. */
  public static Optional<MissingReason> fromSymbol(String text) {
    String trimmed = text.trim();
    return Arrays.stream(values())
        .filter(r -> r.ordinal() <= LOW_RELIABILITY.ordinal() || r == BLANK)
        .filter(r -> r.symbol.equalsIgnoreCase(trimmed))
        .findFirst();
  }
}
