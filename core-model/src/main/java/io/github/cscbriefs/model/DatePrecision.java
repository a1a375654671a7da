package io.github.cscbriefs.model;

/** How much of a date is known: the day, only the month, or only the year. */
public enum DatePrecision {
  /** The day is known, e.g. 26 November 2021. */
  DAY,
  /** Only the month is known, e.g. May 2021. */
  MONTH,
  /** Only the year is known, e.g. 2017. */
  YEAR
}
