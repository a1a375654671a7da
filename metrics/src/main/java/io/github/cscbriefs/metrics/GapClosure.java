package io.github.cscbriefs.metrics;

import java.util.Optional;

/**
 * Whether a council's gap to England is closing at current slopes.
 *
 * @param status the verdict
 * @param year when CLOSING, the first reporting year in which the straight-line projections of the
 *     council and of England would meet: the profile year + ⌈|gap| ÷ |council slope − England
 *     slope|⌉
 */
public record GapClosure(Status status, Optional<Integer> year) {

  /** The verdicts. */
  public enum Status {
    /** The council is at or better than England. */
    NO_GAP,
    /** Worse than England, but the gap is narrowing. */
    CLOSING,
    /** Worse than England and the gap is steady or widening. */
    NOT_CLOSING,
    /** A value or a slope is missing, or the indicator has no polarity. */
    UNKNOWN
  }

  static GapClosure of(Status status) {
    return new GapClosure(status, Optional.empty());
  }
}
