package io.github.cscbriefs.model;

/** Which direction of an indicator is better. */
public enum Polarity {
  LOWER_IS_BETTER,
  HIGHER_IS_BETTER,
  /** Counts such as FTE in post: neither direction is better. */
  NONE;

  /**
   * Compares two values by polarity: negative when {@code a} is better than {@code b}, positive
   * when worse, 0 when equal or when the polarity is {@link #NONE}.
   */
  public int compareBetter(double a, double b) {
    return switch (this) {
      case LOWER_IS_BETTER -> Double.compare(a, b);
      case HIGHER_IS_BETTER -> Double.compare(b, a);
      case NONE -> 0;
    };
  }
}
