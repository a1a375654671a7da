package io.github.cscbriefs.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What a publication's year means: the date its figures are taken at, or the end of the year they
 * count over. DfE's workforce census is a snapshot at 30 September; the children in need census
 * counts the year to 31 March; the children looked after return has both.
 */
public enum ReferencePeriod {
  /** A snapshot at 30 September of the year. */
  AS_AT_30_SEPTEMBER(MonthDay.of(9, 30)),
  /** A snapshot at 31 March of the year. */
  AS_AT_31_MARCH(MonthDay.of(3, 31)),
  /** Counted over the twelve months ending 31 March of the year. */
  YEAR_TO_31_MARCH(MonthDay.of(3, 31)),
  /** A mid-year estimate, at 30 June of the year (ONS population estimates). */
  AS_AT_30_JUNE(MonthDay.of(6, 30));

  private final MonthDay end;

  ReferencePeriod(MonthDay end) {
    this.end = end;
  }

  /** The last day the figures of {@code year} describe. */
  public LocalDate end(int year) {
    return end.atYear(year);
  }
}
