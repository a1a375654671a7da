package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's children looked after social worker stability figures: of the children looked after at 31
 * March, how many had 3 or more social workers during the year to 31 March. Published for each
 * council separately, including the members of a combined workforce return.
 */
public final class SocialWorkerStability {

  public static final Publication PUBLICATION = new Publication("Department for Education",
      "Children looked after in England: social worker stability", ReferencePeriod.YEAR_TO_31_MARCH);

  /** Plausible maximum of the counts: England had about 83,600 children looked after at 31 March 2024. */
  public static final double MAX_CHILDREN = 1_000_000;

  /** Children looked after at 31 March. */
  public static final Measure CLA_TOTAL = Measure.bounded(PUBLICATION, "cla_total", Unit.COUNT, MAX_CHILDREN);
  /** Children looked after who had 3 or more social workers during the year. */
  public static final Measure CLA_THREE_OR_MORE_SOCIAL_WORKERS =
      Measure.bounded(PUBLICATION, "cla_3plus_social_workers", Unit.COUNT, MAX_CHILDREN);
  public static final Measure CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE =
      Measure.bounded(PUBLICATION, "cla_3plus_social_workers_rate", Unit.PERCENT, 100);

  private static final List<Measure> MEASURES = List.of(CLA_TOTAL, CLA_THREE_OR_MORE_SOCIAL_WORKERS,
      CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE);

  private SocialWorkerStability() {
  }

  public static List<Measure> measures() {
    return MEASURES;
  }

  /** One area's figures for one year. */
  public static AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(PUBLICATION, year, area, region, values);
  }
}
