package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's placement stability of children looked after (from "Children looked after in England
 * including adoptions", year to 31 March): children looked after on 31 March with 3 or more
 * placements during the year, and children looked after continuously for at least 2.5 years and
 * aged under 16 on 31 March who had lived with the same carer for at least 2 years (long-term
 * stability). Percentages are DfE's published ones.
 */
public final class PlacementStability {

  public static final Publication PUBLICATION = new Publication("Department for Education",
      "Children looked after in England including adoptions: placement stability", ReferencePeriod.YEAR_TO_31_MARCH);

  /** Children looked after on 31 March ("Total children" of "CLA on 31 March"). */
  public static final Measure CLA_TOTAL = count("cla_total");
  /** Of them, children with 3 or more placements during the year. */
  public static final Measure THREE_OR_MORE_PLACEMENTS = count("cla_3plus_placements");
  /** Percentage of children looked after on 31 March with 3 or more placements during the year. */
  public static final Measure THREE_OR_MORE_PLACEMENTS_PERCENT = percent("cla_3plus_placements_percent");
  /** Children looked after continuously for at least 2.5 years on 31 March, aged under 16. */
  public static final Measure LONG_TERM_TOTAL = count("long_term_total");
  /** Of them, children living with the same carer for at least 2 years. */
  public static final Measure LONG_TERM_SAME_CARER = count("long_term_same_carer");
  /** Long-term placement stability: percentage of {@link #LONG_TERM_TOTAL} with the same carer 2+ years. */
  public static final Measure LONG_TERM_STABILITY_PERCENT = percent("long_term_stability_percent");

  private static final List<Measure> MEASURES = List.of(CLA_TOTAL, THREE_OR_MORE_PLACEMENTS,
      THREE_OR_MORE_PLACEMENTS_PERCENT, LONG_TERM_TOTAL, LONG_TERM_SAME_CARER, LONG_TERM_STABILITY_PERCENT);

  private PlacementStability() {
  }

  public static List<Measure> measures() {
    return MEASURES;
  }

  /** One area's figures for one year. */
  public static AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(PUBLICATION, year, area, region, values);
  }

  private static Measure count(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.COUNT, ChildrenLookedAfter.MAX_CHILDREN);
  }

  private static Measure percent(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.PERCENT, 100);
  }
}
