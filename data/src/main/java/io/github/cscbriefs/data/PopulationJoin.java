package io.github.cscbriefs.data;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildPopulation;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds to each children in need row the population DfE divides its rates per 10,000 by: the ONS
 * mid-year estimate of children aged 0 to 17 of the same area at 30 June of the year before (the year
 * to 31 March 2025 uses mid-2024), as the children looked after release's own population column
 * shows. A row whose area has no estimate for that year is left without one, so its rates are
 * missing rather than made up.
 */
final class PopulationJoin {

  private PopulationJoin() {}

  /** {@code childrenInNeed} with {@link ChildrenInNeed#POPULATION_ESTIMATE} added where the estimate exists. */
  static List<AreaFigures> withPopulation(List<AreaFigures> childrenInNeed, List<AreaFigures> population) {
    Map<String, Value> estimates = new HashMap<>();
    for (AreaFigures p : population) {
      estimates.put(key(p.area().code(), p.year()), p.value(ChildPopulation.CHILDREN_AGED_0_TO_17));
    }
    return childrenInNeed.stream().map(row -> {
      Value estimate = estimates.get(key(row.area().code(), row.year() - 1));
      if (estimate == null) {
        return row;
      }
      Map<Measure, Value> values = new LinkedHashMap<>(row.values());
      values.put(ChildrenInNeed.POPULATION_ESTIMATE, estimate);
      return ChildrenInNeed.figures(row.year(), row.area(), row.region(), values);
    }).toList();
  }

  private static String key(String areaCode, int year) {
    return areaCode + " " + year;
  }
}
