package io.github.cscbriefs.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Whether a council's gap to England is closing at current slopes.
 *
 * <p>The rule (also in the methodology): the gap is council − England in each year of the trend
 * window in which <em>both</em> have a value, so the council's line and England's are fitted on the
 * same years; at least 3 such years are needed, the profile's year among them. The gap slope is the
 * least-squares slope of those gaps (which equals the council's slope − England's slope fitted on
 * those years), computed exactly on the published decimals, so a slope that is 0 is 0. The gap is
 * closing when the gap slope is not 0 and has the opposite sign of the gap now; it then closes in
 * the profile year + ⌈|gap now| ÷ |gap slope|⌉ (computed exactly: a gap of 2.0 shrinking by 0.5 a
 * year closes in 4 years, not 5), provided that is within {@link #HORIZON_YEARS}; a slower
 * narrowing is {@link Status#NARROWING_SLOWLY}, with no year.
 *
 * @param status the verdict
 * @param year when CLOSING, the first reporting year in which the gap, shrinking from its value now
 *     at the gap slope, would reach 0: after the profile year and at most {@link #HORIZON_YEARS}
 *     after it
 */
public record GapClosure(Status status, Optional<Integer> year) {

  /** The furthest a straight line through a few years is projected: a decade. */
  public static final int HORIZON_YEARS = 10;

  /** The verdicts. */
  public enum Status {
    /** The council is at or better than England. */
    NO_GAP,
    /** Worse than England, and the gap would close within {@link #HORIZON_YEARS}. */
    CLOSING,
    /** Worse than England and narrowing, too slowly to close within {@link #HORIZON_YEARS}. */
    NARROWING_SLOWLY,
    /** Worse than England and the gap is steady (gap slope exactly 0) or widening. */
    NOT_CLOSING,
    /** A value or a slope is missing, or the indicator has no polarity. */
    UNKNOWN
  }

  public GapClosure {
    if (year.isPresent() != (status == Status.CLOSING)) {
      throw MetricsException.of("year", year, "a year exactly when the status is CLOSING, not " + status);
    }
  }

  static GapClosure of(Status status) {
    return new GapClosure(status, Optional.empty());
  }

  /**
   * The closure of a gap worse than England: {@code gaps} holds council − England (exact published
   * decimals) for the window's years where both have a value, keyed by year, {@code year} among
   * them.
   */
  static GapClosure of(int year, SortedMap<Integer, BigDecimal> gaps) {
    BigDecimal now = gaps.get(year);
    if (gaps.size() < 3 || now == null || now.signum() == 0) {
      return of(Status.UNKNOWN);
    }
    // Least squares, exact: slope = (n Σxg − Σx Σg) ÷ (n Σx² − (Σx)²), x = year − profile year.
    long n = gaps.size();
    long sx = 0;
    long sxx = 0;
    BigDecimal sg = BigDecimal.ZERO;
    BigDecimal sxg = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> e : gaps.entrySet()) {
      long x = e.getKey() - year;
      sx += x;
      sxx += x * x;
      sg = sg.add(e.getValue());
      sxg = sxg.add(e.getValue().multiply(BigDecimal.valueOf(x)));
    }
    BigDecimal numerator = sxg.multiply(BigDecimal.valueOf(n)).subtract(sg.multiply(BigDecimal.valueOf(sx)));
    long denominator = n * sxx - sx * sx; // > 0 for 2+ distinct years
    if (numerator.signum() == 0 || numerator.signum() == now.signum()) {
      return of(Status.NOT_CLOSING);
    }
    BigDecimal years = now.abs().multiply(BigDecimal.valueOf(denominator))
        .divide(numerator.abs(), 0, RoundingMode.CEILING);
    if (years.compareTo(BigDecimal.valueOf(HORIZON_YEARS)) > 0) {
      return of(Status.NARROWING_SLOWLY);
    }
    return new GapClosure(Status.CLOSING, Optional.of(year + years.intValueExact()));
  }
}
