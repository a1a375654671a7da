package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import java.util.Objects;

/**
 * A council's figure that rests on so few staff or children that one person moves it by more
 * than {@link StatusRule#smallNumbersBase()} can absorb: the Isles of Scilly's agency rate of 100%
 * is two agency FTE and no employed social worker. Such a figure is shown with a warning and is
 * never rated Red.
 *
 * @param indicator the indicator
 * @param year the reporting year
 * @param base the figure's published denominator (case-holding FTE for caseload, FTE in post for
 *     turnover and absence, agency plus employed FTE for the agency rate, vacancies plus FTE in
 *     post for the vacancy rate, agency FTE for agency cover, children looked after for the
 *     children in care rate)
 * @param unit what the base counts
 * @param minimum the smallest base that is not small ({@link StatusRule#smallNumbersBase()})
 */
public record SmallNumbers(Indicator indicator, int year, double base, BaseUnit unit, double minimum) {

  /** What a base counts. */
  public enum BaseUnit {
    /** Full-time-equivalent social workers. */
    FTE,
    /** Children. */
    CHILDREN
  }

  public SmallNumbers {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(unit, "unit");
  }
}
