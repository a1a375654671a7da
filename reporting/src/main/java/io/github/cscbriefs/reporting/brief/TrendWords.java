package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.Direction;
import io.github.cscbriefs.metrics.Trend;
import io.github.cscbriefs.reporting.Wording;

/** A trend as an arrow for the way the figure moves, and the metrics' word for what that means. */
final class TrendWords {

  private TrendWords() {}

  /** E.g. "↑ worsening", "→ stable", "– not enough years to judge". */
  static String arrow(Trend trend) {
    Direction direction = trend.direction();
    String arrow = switch (direction) {
      case STABLE -> "\u2192";
      case INSUFFICIENT_DATA -> "\u2013";
      default -> trend.slope().map(s -> s.slope() > 0 ? "\u2191" : "\u2193").orElse("\u2013");
    };
    return arrow + " " + Wording.direction(direction);
  }
}
