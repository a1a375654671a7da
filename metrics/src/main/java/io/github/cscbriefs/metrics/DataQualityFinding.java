package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;

/**
 * A published figure the brief questions, found by {@link DataQuality}'s rules: values, never
 * sentences. A figure questioned in the profile's year is not rated Red.
 */
public sealed interface DataQualityFinding {

  /** The indicator whose figure is questioned. */
  Indicator indicator();

  /** True when the finding questions the figure of {@code year}. */
  boolean questions(int year);

  /**
   * A value that jumps and returns: far from both nearest years with a value, while those two
   * agree (Sefton's sickness absence of 0.5% in 2022 between 5.7% in 2021 and 6.6% in 2024).
   *
   * @param indicator the indicator
   * @param year the questioned year
   * @param value its value
   * @param beforeYear the nearest earlier year with a value
   * @param before its value
   * @param afterYear the nearest later year with a value (it may be after the profile's year: the
   *     dataset's later releases show the value returning)
   * @param after its value
   */
  record Spike(Indicator indicator, int year, double value, int beforeYear, double before, int afterYear,
      double after) implements DataQualityFinding {

    @Override
    public boolean questions(int y) {
      return y == year;
    }
  }

  /**
   * A rate published as exactly 0 (not DfE's {@code low}, "rounds to 0") in every year of a run of
   * at least {@link StatusRule#zeroRunYears()} years: no agency worker, vacancy or leaver at all,
   * year after year, is unlikely for a service of social workers.
   *
   * @param indicator the indicator
   * @param firstYear the run's first year
   * @param lastYear its last year (at most the profile's year)
   */
  record ZeroRun(Indicator indicator, int firstYear, int lastYear) implements DataQualityFinding {

    @Override
    public boolean questions(int y) {
      return y >= firstYear && y <= lastYear;
    }

    /** How many years the run lasts. */
    public int years() {
      return lastYear - firstYear + 1;
    }
  }
}
