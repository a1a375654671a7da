package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates appear in evidence sentences. */
final class Wording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Wording() {
  }

  /** "24.9", "25.9%", "12 cases per FTE"; a missing value as its symbol and reason. */
  static String figure(Value value, Unit unit) {
    if (value instanceof Value.Missing m) {
      return "not available (" + m.reason().description() + ")";
    }
    String n = number(Values.number(value), unit.decimals());
    return switch (unit) {
      case PERCENT -> n + "%";
      case COUNT -> n;
      default -> n + " " + unit.suffix();
    };
  }

  /** British style: "1,234.5". */
  static String number(double value, int decimals) {
    return format("%,." + decimals + "f", value);
  }

  /**
   * {@link String#format} writing numbers as the UK does (',' between thousands, '.' before
   * decimals, ASCII digits, '-' and '+'). That is how Java writes them without a locale, which is
   * what this asks for: given {@code Locale.UK}, the JDK looks up its symbols and builds a {@code
   * NumberFormat} on every call, at four times the cost.
   */
  static String format(String format, Object... args) {
    return String.format((Locale) null, format, args);
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String asAt(int year) {
    return "30 September " + year;
  }
}
