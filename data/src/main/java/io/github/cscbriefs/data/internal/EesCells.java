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
      // An exponent can overflow (1e999 is Infinity), which no measure can hold.
      return Double.isFinite(number) ? Optional.of(Value.of(number)) : Optional.empty();
    }
    return MissingReason.fromSymbol(text).map(Value::missing);
  }
}
