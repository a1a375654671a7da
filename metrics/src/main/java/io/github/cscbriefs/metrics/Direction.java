package io.github.cscbriefs.metrics;

/** Which way an indicator is moving, judged by its polarity. */
public enum Direction {
  IMPROVING,
  WORSENING,
  /** The slope is within the stability band (see {@link MetricsSettings#stableSlopeShare()}). */
  STABLE,
  /** For an indicator without polarity: going up. */
  RISING,
  /** For an indicator without polarity: going down. */
  FALLING,
  /** Fewer than 3 years with a value in the trend window. */
  INSUFFICIENT_DATA
}
