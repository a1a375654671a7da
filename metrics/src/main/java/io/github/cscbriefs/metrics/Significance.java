package io.github.cscbriefs.metrics;

/** How a council's rate interval sits against England's rate. */
public enum Significance {
  /** The whole interval is on the better side of England (by polarity). */
  SIGNIFICANTLY_BETTER,
  /** The whole interval is on the worse side of England (by polarity). */
  SIGNIFICANTLY_WORSE,
  /** For an indicator without polarity: the whole interval is above England. */
  SIGNIFICANTLY_HIGHER,
  /** For an indicator without polarity: the whole interval is below England. */
  SIGNIFICANTLY_LOWER,
  /** England's rate lies inside the interval. */
  NOT_SIGNIFICANT,
  /** England's rate is missing. */
  UNKNOWN
}
