package io.github.cscbriefs.metrics;

/** Which way an indicator is moving, judged by its polarity. */
public enum Direction {
  IMPROVING("improving"),
  WORSENING("worsening"),
  /** The slope is within the stability band (see {@link MetricsSettings#stableSlopeShare()}). */
  STABLE("stable"),
  /** For an indicator without polarity: going up. */
  RISING("rising"),
  /** For an indicator without polarity: going down. */
  FALLING("falling"),
  /** Fewer than 3 years with a value in the trend window. */
  INSUFFICIENT_DATA("not enough years to judge");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** In words, e.g. "worsening". */
  public String label() {
    return label;
  }
}
