package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures and dates are printed: a unit's decimals, a missing value as DfE's symbol (every
 * symbol is explained in the methodology section), dates the British way.
 */
final class Figures {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private Figures() {}

  /** "24.9", "25.9%", "1,234"; a missing value as its symbol, e.g. "x" or "..". */
  static String figure(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return symbol(missing.reason());
    }
    String number = number(value.asDouble().orElseThrow(), unit.decimals());
    return unit == Unit.PERCENT ? number + "%" : number;
  }

  /** A difference with its sign, e.g. "+8.6" or "−1.2"; missing as its symbol. */
  static String signed(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return symbol(missing.reason());
    }
    double number = value.asDouble().orElseThrow();
    String text = number(Math.abs(number), unit.decimals());
    String sign = number > 0 ? "+" : number < 0 ? "\u2212" : "";
    return sign + text + (unit == Unit.PERCENT ? " pts" : "");
  }

  /** A figure with its unit in words, for sentences: "24.9 cases per FTE", "25.9%". */
  static String withUnit(Value value, Unit unit) {
    if (value instanceof Value.Missing missing) {
      return "not available (" + missing.reason().description() + ")";
    }
    String figure = figure(value, unit);
    return unit == Unit.PERCENT || unit.suffix().isEmpty() ? figure : figure + " " + unit.suffix();
  }

  static String number(double value, int decimals) {
    return String.format(Locale.UK, "%,." + decimals + "f", value);
  }

  /** The symbol printed for a missing value; a blank source cell prints as an en dash. */
  static String symbol(MissingReason reason) {
    return reason.symbol().isEmpty() ? "\u2013" : reason.symbol();
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String month(LocalDate date) {
    return MONTH.format(date);
  }
}
