package io.github.cscbriefs.data.internal;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads an Explore Education Statistics cell: a number, a blank, or one of the EES symbols. */
public final class EesCells {

  /** What a valid cell looks like, for problems. */
  public static final String EXPECTED = "a number, a blank, or an EES symbol: x, z, c, low or u";

  /** Plain decimal numbers as DfE writes them; no thousands separators, NaN or Infinity; finite. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private EesCells() {}

  /** The cell's value, or empty when the text is neither a number nor a known symbol. */
  public static Optional<Value> parse(String cell) {
    String text = cell.trim();
    if (text.isEmpty()) {
      return Optional.of(Value.missing(MissingReason.BLANK));
    }
    if (NUMBER.matcher(text).matches()) {
      double number = Double.parseDouble(text);
      // An exponent can overflow (1e999 is Infinity), which no measure can hold, or underflow (1e-999
      // reads as 0, which the file did not say).
      return Double.isFinite(number) && !tooSmall(text, number) ? Optional.of(Value.of(number)) : Optional.empty();
    }
    return MissingReason.fromSymbol(text).map(Value::missing);
  }

  /**
   * What a valid cell looks like, for a cell {@link #parse} refused: {@link #EXPECTED}, or for a
   * number too small to hold, why.
   */
  public static String expected(String cell) {
    String text = cell.trim();
    if (NUMBER.matcher(text).matches() && tooSmall(text, Double.parseDouble(text))) {
      return "a number that is 0 or at least 1e-300 in size (this one is too small to hold and would "
          + "read as 0)";
    }
    return EXPECTED;
  }

  /**
   * True when {@code text} is a plain number that is not 0 but too small to hold: it would read as 0
   * (1e-999) or lose its precision. {@link #expected} says why such a number is refused.
   */
  public static boolean underflows(String text) {
    String t = text.trim();
    return NUMBER.matcher(t).matches() && tooSmall(t, Double.parseDouble(t));
  }

  /** Smallest non-zero size accepted: far below any published figure, far above double's underflow. */
  private static final double MIN_MAGNITUDE = 1e-300;

  /** A non-zero number so small it reads as 0 or loses its precision (subnormal). */
  private static boolean tooSmall(String text, double number) {
    if (number != 0) {
      return Math.abs(number) < MIN_MAGNITUDE;
    }
    String mantissa = text.split("[eE]")[0];
    return mantissa.chars().anyMatch(c -> c >= '1' && c <= '9');
  }
}
