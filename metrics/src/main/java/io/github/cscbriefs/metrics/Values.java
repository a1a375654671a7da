package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.util.function.DoubleBinaryOperator;

/** Arithmetic on published values that keeps a missing value's reason instead of inventing 0. */
final class Values {

  private Values() {
  }

  /**
   * {@code f(a, b)} when both are numbers; otherwise the first missing input, reason kept. A
   * non-finite result (e.g. dividing by 0) is missing as {@link MissingReason#NOT_COMPUTABLE}.
   */
  static Value combine(Value a, Value b, DoubleBinaryOperator f) {
    if (a instanceof Value.Missing) {
      return a;
    }
    if (b instanceof Value.Missing) {
      return b;
    }
    double result = f.applyAsDouble(a.asDouble().getAsDouble(), b.asDouble().getAsDouble());
    return Double.isFinite(result) ? Value.of(result) : Value.missing(MissingReason.NOT_COMPUTABLE);
  }

  static Value difference(Value a, Value b) {
    return combine(a, b, (x, y) -> x - y);
  }

  static Value ratio(Value a, Value b) {
    return combine(a, b, (x, y) -> x / y);
  }

  static double number(Value v) {
    return v.asDouble().getAsDouble();
  }
}
