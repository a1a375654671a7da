package io.github.cscbriefs.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month or a year — as a published source gives it. A report that says
 * "May 2021" is {@code PartialDate.month(2021, 5)}, never an invented 1 May 2021: its precision is
 * part of the date. Ordered by the first day it may be, then the most precise first.
 *
 * @param earliest the first day the date may be: the day itself, the first of the month or 1 January
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate earliest, DatePrecision precision) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Checks that {@code earliest} is the first day of its month or year when only that is known. */
  public PartialDate {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(precision, "precision");
    if (precision != DatePrecision.DAY && earliest.getDayOfMonth() != 1
        || precision == DatePrecision.YEAR && earliest.getMonthValue() != 1) {
      throw new IllegalArgumentException("a date known to the " + precision.name().toLowerCase(java.util.Locale.ROOT)
          + " starts on the first day of it, but was " + earliest);
    }
  }

  /** A date known to the day. */
  public static PartialDate day(LocalDate date) {
    return new PartialDate(date, DatePrecision.DAY);
  }

  /** A date known only to the month. */
  public static PartialDate month(int year, int month) {
    return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
  }

  /** A date known only to the year. */
  public static PartialDate year(int year) {
    return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }

  /**
   * Reads ISO 8601 at the precision written: {@code 2021-05-04} (a day), {@code 2021-05} (a month)
   * or {@code 2021} (a year); empty for anything else, including impossible days (2021-02-30).
   */
  public static Optional<PartialDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(year(year));
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return Optional.of(month(year, month));
      }
      return Optional.of(day(LocalDate.parse(text.strip())));
    } catch (DateTimeException e) { // an impossible month or day
      return Optional.empty();
    }
  }

  /** The last day the date may be: the day itself, the last of the month or 31 December. */
  public LocalDate latest() {
    return switch (precision) {
      case DAY -> earliest;
      case MONTH -> YearMonth.from(earliest).atEndOfMonth();
      case YEAR -> LocalDate.of(earliest.getYear(), 12, 31);
    };
  }

  /** The year, always known. */
  public int year() {
    return earliest.getYear();
  }

  /** Certainly on or before {@code date}: every day it may be is. */
  public boolean isCertainlyOnOrBefore(LocalDate date) {
    return !latest().isAfter(date);
  }

  /** Possibly on or before {@code date}: its first possible day is. */
  public boolean mayBeOnOrBefore(LocalDate date) {
    return !earliest.isAfter(date);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byDay = earliest.compareTo(other.earliest);
    return byDay != 0 ? byDay : precision.compareTo(other.precision);
  }

  /** ISO 8601 at its precision: {@code 2021-05-04}, {@code 2021-05} or {@code 2021}. */
  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> earliest.toString();
      case MONTH -> YearMonth.from(earliest).toString();
      case YEAR -> String.valueOf(earliest.getYear());
    };
  }
}
