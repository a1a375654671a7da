package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/** Arithmetic on published values that keeps a missing value's reason instead of inventing 0. */
final class Values {

  /**
   * The number a {@code low} figure ("rounds to 0 but is not 0") ranks and compares as: the
   * smallest positive double, so it sorts above a published 0 and below every published non-zero
   * figure, and every {@code low} ties with every other.
   */
  static final double LOW_RANKS_AS = Double.MIN_VALUE;

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

  /**
   * a − b. A {@code low} figure beside a number counts as 0: it lies under half the last published
   * place, so the difference differs from the true one by less than that and prints the same at
   * the published precision (low − 15.5 is −15.5).
   */
  static Value difference(Value a, Value b) {
    return combine(lowAsZero(a, b), lowAsZero(b, a), (x, y) -> x - y);
  }

  private static Value lowAsZero(Value v, Value other) {
    return isLow(v) && other.isPresent() ? Value.of(0) : v;
  }

  static Value ratio(Value a, Value b) {
    return combine(a, b, (x, y) -> x / y);
  }

  static double number(Value v) {
    return v.asDouble().getAsDouble();
  }

  /** True for a published {@code low}: a figure that rounds to 0 but is not 0. */
  static boolean isLow(Value v) {
    return v instanceof Value.Missing m && m.reason() == MissingReason.LOW;
  }

  /**
   * The number a figure is ranked and compared by: its own, or {@link #LOW_RANKS_AS} for {@code
   * low}; empty for any other missing value.
   */
  static OptionalDouble comparable(Value v) {
    return isLow(v) ? OptionalDouble.of(LOW_RANKS_AS) : v.asDouble();
  }

  /** The published decimal a number was read from (its shortest representation, "18.06"). */
  static BigDecimal decimal(double number) {
    return BigDecimal.valueOf(number);
  }
}
