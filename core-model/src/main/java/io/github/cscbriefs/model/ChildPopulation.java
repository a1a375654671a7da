package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ONS mid-year population estimates of children aged 0 to 17 (at 30 June), in the Explore
 * Education Statistics shape DfE's dashboard uses for rates per 10,000 children.
 */
public final class ChildPopulation {

  public static final Publication PUBLICATION = new Publication("Office for National Statistics",
      "Mid-year population estimates: children aged 0 to 17", ReferencePeriod.AS_AT_30_JUNE);

  /** Children aged 0 to 17 at 30 June of the year. */
  public static final Measure CHILDREN_AGED_0_TO_17 = Measure.bounded(PUBLICATION, "population_estimate",
      Unit.COUNT, ChildrenLookedAfter.MAX_POPULATION);

  private static final List<Measure> MEASURES = List.of(CHILDREN_AGED_0_TO_17);

  private ChildPopulation() {
  }

  public static List<Measure> measures() {
    return MEASURES;
  }

  /** One area's estimate for one year. */
  public static AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(PUBLICATION, year, area, region, values);
  }
}
