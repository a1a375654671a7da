package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's "Children looked after in England including adoptions": the number of children looked
 * after on 31 March and DfE's published rate per 10,000 children aged 0 to 17, with the population
 * estimate DfE used for that rate.
 */
public final class ChildrenLookedAfter {

  public static final Publication PUBLICATION = new Publication("Department for Education",
      "Children looked after in England including adoptions", ReferencePeriod.AS_AT_31_MARCH);

  /** Plausible maximum of the counts: England had 81,770 children looked after on 31 March 2025. */
  public static final double MAX_CHILDREN = 1_000_000;
  /** Plausible maximum of a population of children: England had about 12.2 million aged 0 to 17. */
  public static final double MAX_POPULATION = 100_000_000;

  /** Children looked after on 31 March. */
  public static final Measure CHILDREN =
      Measure.bounded(PUBLICATION, "cla_children_count", Unit.COUNT, MAX_CHILDREN);
  /** DfE's rate of children looked after on 31 March per 10,000 children aged 0 to 17 (at most 10,000). */
  public static final Measure RATE_PER_10000 =
      Measure.bounded(PUBLICATION, "cla_rate_per_10000", Unit.PER_10000_CHILDREN, 10_000);
  /** The estimate of children aged 0 to 17 DfE divided by for {@link #RATE_PER_10000}. */
  public static final Measure POPULATION_ESTIMATE =
      Measure.bounded(PUBLICATION, "population_estimate", Unit.COUNT, MAX_POPULATION);

  /**
   * Children looked after on 31 March per 10,000 children aged 0 to 17, to one decimal place: {@link
   * #CHILDREN} ÷ {@link #POPULATION_ESTIMATE} × 10,000, computed by the metrics module (DfE's {@link
   * #RATE_PER_10000} is the same rounded to a whole number); no file holds it.
   */
  public static final Measure CHILDREN_PER_10000 =
      Measure.bounded(PUBLICATION, "cla_per_10000", Unit.PER_10000_CHILDREN, 10_000);

  private static final List<Measure> MEASURES = List.of(CHILDREN, RATE_PER_10000, POPULATION_ESTIMATE);

  private ChildrenLookedAfter() {
  }

  public static List<Measure> measures() {
    return MEASURES;
  }

  /** The figure the metrics module computes from each row (not a column of any file). */
  public static List<Measure> derivedMeasures() {
    return List.of(CHILDREN_PER_10000);
  }

  /** One area's figures for one year. */
  public static AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(PUBLICATION, year, area, region, values);
  }
}
