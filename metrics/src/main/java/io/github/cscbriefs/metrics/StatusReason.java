package io.github.cscbriefs.metrics;

/**
 * Why an indicator has its red/amber/green status ({@link StatusRule}): each reason is one test of
 * the rule that held. A Green status has none.
 */
public enum StatusReason {
  /** In quartile band D, the worst quarter of councils. */
  WORST_QUARTER,
  /** In quartile band C, the third quarter. */
  THIRD_QUARTER,
  /**
   * Worse than England by at least {@link StatusRule#materialShare()} of England's figure and, where
   * the indicator has a rate interval, significantly worse.
   */
  CLEARLY_WORSE_THAN_ENGLAND,
  /**
   * Worse than England, and worse than the statistical neighbours' mean by at least {@link
   * StatusRule#materialShare()}.
   */
  CLEARLY_WORSE_THAN_NEIGHBOURS,
  /** Worse than England and moving the wrong way ({@link Direction#WORSENING}). */
  WORSENING,
  /**
   * Red is withheld: the figure rests on fewer than {@link StatusRule#smallNumbersBase()} FTE or
   * children, so one person moves it too far ({@link SmallNumbers}).
   */
  SMALL_NUMBERS,
  /** Red is withheld: the figure is questioned by a {@link DataQualityFinding}. */
  QUESTIONED_FIGURE
}
