package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Measure;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How DfE derives a published rate from the counts behind it: numerator measures summed, divided
 * by denominator measures summed, times a scale. The same formula serves a council (its own
 * counts) and England or a region (the summed counts of its councils).
 */
public enum RateFormula {
  TURNOVER(Measure.TURNOVER_RATE_FTE, List.of(Measure.LEAVERS_FTE), List.of(Measure.INPOST_FTE)),
  TURNOVER_HEADCOUNT(Measure.TURNOVER_RATE_HEADCOUNT, List.of(Measure.LEAVERS_HEADCOUNT),
      List.of(Measure.INPOST_HEADCOUNT)),
  AGENCY(Measure.AGENCY_RATE_FTE, List.of(Measure.AGENCY_FTE),
      List.of(Measure.AGENCY_FTE, Measure.INPOST_FTE)),
  AGENCY_HEADCOUNT(Measure.AGENCY_RATE_HEADCOUNT, List.of(Measure.AGENCY_HEADCOUNT),
      List.of(Measure.AGENCY_HEADCOUNT, Measure.INPOST_HEADCOUNT)),
  VACANCY(Measure.VACANCY_RATE_FTE, List.of(Measure.VACANCY_FTE),
      List.of(Measure.VACANCY_FTE, Measure.INPOST_FTE)),
  AGENCY_COVER(Measure.AGENCY_COVER_RATE_FTE, List.of(Measure.AGENCY_COVER_FTE),
      List.of(Measure.AGENCY_FTE)),
  VACANCY_AGENCY_COVER(Measure.VACANCY_AGENCY_COVER_RATE_FTE, List.of(Measure.AGENCY_COVER_FTE),
      List.of(Measure.VACANCY_FTE)),
  /** Not a percentage: cases per case-holding FTE. */
  CASELOAD(Measure.CASELOAD_FTE, List.of(Measure.CASES), List.of(Measure.CASE_HOLDERS_FTE)),
  /** Days lost ÷ (FTE in post × working days in the year) × 100; see {@link #scale(int)}. */
  ABSENCE(Measure.ABSENCE_RATE_FTE, List.of(Measure.WORKING_DAYS_LOST_FTE),
      List.of(Measure.INPOST_FTE)),
  CLA_THREE_OR_MORE_SOCIAL_WORKERS(Measure.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE,
      List.of(Measure.CLA_THREE_OR_MORE_SOCIAL_WORKERS), List.of(Measure.CLA_TOTAL));

  private final Measure rate;
  private final List<Measure> numerator;
  private final List<Measure> denominator;

  RateFormula(Measure rate, List<Measure> numerator, List<Measure> denominator) {
    this.rate = rate;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The published measure this formula derives. */
  public Measure rate() {
    return rate;
  }

  /** Measures summed above the line. */
  public List<Measure> numerator() {
    return numerator;
  }

  /** Measures summed below the line. */
  public List<Measure> denominator() {
    return denominator;
  }

  /** Every measure the formula reads, without repeats. */
  public List<Measure> inputs() {
    return java.util.stream.Stream.concat(numerator.stream(), denominator.stream()).distinct().toList();
  }

  /**
   * The multiplier applied to numerator ÷ denominator: 1 for caseload; 100 for percentages; for
   * absence 100 ÷ working days, with 253 working days in a reporting year and 254 when the year to
   * 30 September includes 29 February (DfE's convention).
   */
  public double scale(int year) {
    return switch (this) {
      case CASELOAD -> 1;
      case ABSENCE -> 100.0 / (Year.isLeap(year) ? 254 : 253);
      default -> 100;
    };
  }

  /** The denominator as a count of independent trials, for intervals: FTE-days for absence. */
  double trials(double denominator, int year) {
    return this == ABSENCE ? denominator * (Year.isLeap(year) ? 254 : 253) : denominator;
  }

  /** The formula for a published rate, if DfE derives it from published counts. */
  public static Optional<RateFormula> of(Measure rate) {
    return Arrays.stream(values()).filter(f -> f.rate == rate).findFirst();
  }
}
