package io.github.cscbriefs.model.problem;

import java.util.Objects;

/**
 * One thing wrong: where it is, the value found there and what was expected. Every module's
 * exception carries a list of these.
 *
 * <p>It renders as one line. A problem in a file reads {@code csww.csv, line 4, column
 * agency_rate_fte: value '140', expected agency_rate_fte between 0 and 100, but was 140.0}; a
 * problem with a value reads {@code MetricsSettings.trendYears was '2', expected at least 3}.
 *
 * @param where where the problem is
 * @param value the value found, as text; empty when nothing was there
 * @param expected what a valid value looks like, e.g. {@link Expected#aReadableFile()}
 */
public record Problem(Where where, String value, String expected) {

  public Problem {
    Objects.requireNonNull(where, "where");
    value = value == null ? "" : value;
    Objects.requireNonNull(expected, "expected");
  }

  /** A problem with the field {@code path} of a value; {@code value} is shown as {@link String#valueOf(Object)} does. */
  public static Problem of(String path, Object value, String expected) {
    return new Problem(Where.field(path), String.valueOf(value), expected);
  }

  /**
   * A problem at a line and column of a file.
   *
   * @param line 0 for the whole file
   * @param column empty for a whole line or file
   */
  public static Problem at(String file, long line, String column, String value, String expected) {
    return new Problem(Where.at(file, line, column), value, expected);
  }

  /** A problem with a file as a whole (unreadable, empty), or with a column of it at no line. */
  public static Problem inFile(String file, String column, String value, String expected) {
    return at(file, 0, column, value, expected);
  }

  /** A problem with the header line (line 1) of a file, e.g. a missing column. */
  public static Problem inHeader(String file, String column, String value, String expected) {
    return at(file, 1, column, value, expected);
  }

  /** The same value and expectation, found somewhere else (e.g. a value's field located in its file). */
  public Problem withWhere(Where newWhere) {
    return new Problem(newWhere, value, expected);
  }

  /** What was found and what was expected, e.g. {@code value 'abc', expected a number}. */
  public String description() {
    return "value '" + value + "', expected " + expected;
  }

  @Override
  public String toString() {
    if (where.file().isEmpty()) {
      return where.location() + " was '" + value + "', expected " + expected;
    }
    return where + ": " + description();
  }
}
