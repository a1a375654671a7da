package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.Direction;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.Trend;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Wording;

/** A trend as an arrow for the way the figure moves, and the metrics' word for what that means. */
final class TrendWords {

  private TrendWords() {}

  /**
   * E.g. "↑ worsening", "→ stable", "– not enough years to judge"; for a year without a figure
   * ({@code low} is a figure) no trend word at all, since the earlier years' line says nothing of a
   * value that is not there: "no figure".
   */
  static String arrow(IndicatorComparison c) {
    return hasFigure(c.value()) ? arrow(c.trend()) : "no figure";
  }

  /** True for a number or a {@code low} figure (it rounds to 0 but is not 0). */
  static boolean hasFigure(Value value) {
    return value.isPresent() || value.equals(Value.missing(MissingReason.LOW));
  }

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
