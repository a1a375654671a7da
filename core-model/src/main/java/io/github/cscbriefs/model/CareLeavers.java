package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's care leavers figures (from "Children looked after in England including adoptions", year to
 * 31 March), for care leavers aged 17 to 18 and 19 to 21: how many were in education, employment or
 * training ({@link #ACTIVITY}), and how many were in accommodation considered suitable ({@link
 * #ACCOMMODATION}). The two are separate tables, so separate publications: one {@link AreaFigures}
 * of each per area and year. Percentages are DfE's published ones.
 */
public final class CareLeavers {

  /** Care leavers' activity: in education, employment or training. */
  public static final Publication ACTIVITY = new Publication("Department for Education",
      "Children looked after in England including adoptions: care leavers' activity", ReferencePeriod.YEAR_TO_31_MARCH);
  /** Care leavers' accommodation: whether considered suitable. */
  public static final Publication ACCOMMODATION = new Publication("Department for Education",
      "Children looked after in England including adoptions: care leavers' accommodation",
      ReferencePeriod.YEAR_TO_31_MARCH);

  /** Plausible maximum of the counts: England had about 13,900 care leavers aged 17 to 18 in 2025. */
  public static final double MAX_CARE_LEAVERS = 1_000_000;

  /** Care leavers aged 17 to 18 ("Total" of the activity table). */
  public static final Measure AGED_17_18 = count(ACTIVITY, "care_leavers_17_18");
  /** Care leavers aged 17 to 18 in education, employment or training. */
  public static final Measure EET_17_18 = count(ACTIVITY, "eet_17_18_count");
  /** Percentage of care leavers aged 17 to 18 in education, employment or training. */
  public static final Measure EET_17_18_PERCENT = percent(ACTIVITY, "eet_17_18_percent");
  /** Care leavers aged 19 to 21 ("Total" of the activity table). */
  public static final Measure AGED_19_21 = count(ACTIVITY, "care_leavers_19_21");
  /** Care leavers aged 19 to 21 in education, employment or training. */
  public static final Measure EET_19_21 = count(ACTIVITY, "eet_19_21_count");
  /** Percentage of care leavers aged 19 to 21 in education, employment or training. */
  public static final Measure EET_19_21_PERCENT = percent(ACTIVITY, "eet_19_21_percent");

  /** Care leavers aged 17 to 18 ("Suitability total"). */
  public static final Measure SUITABILITY_TOTAL_17_18 = count(ACCOMMODATION, "suitability_total_17_18");
  /** Care leavers aged 17 to 18 in accommodation considered suitable. */
  public static final Measure SUITABLE_17_18 = count(ACCOMMODATION, "suitable_17_18_count");
  /** Percentage of care leavers aged 17 to 18 in accommodation considered suitable. */
  public static final Measure SUITABLE_17_18_PERCENT = percent(ACCOMMODATION, "suitable_17_18_percent");
  /** Care leavers aged 19 to 21 ("Suitability total"). */
  public static final Measure SUITABILITY_TOTAL_19_21 = count(ACCOMMODATION, "suitability_total_19_21");
  /** Care leavers aged 19 to 21 in accommodation considered suitable. */
  public static final Measure SUITABLE_19_21 = count(ACCOMMODATION, "suitable_19_21_count");
  /** Percentage of care leavers aged 19 to 21 in accommodation considered suitable. */
  public static final Measure SUITABLE_19_21_PERCENT = percent(ACCOMMODATION, "suitable_19_21_percent");

  private static final List<Measure> ACTIVITY_MEASURES = List.of(AGED_17_18, EET_17_18, EET_17_18_PERCENT,
      AGED_19_21, EET_19_21, EET_19_21_PERCENT);
  private static final List<Measure> ACCOMMODATION_MEASURES = List.of(SUITABILITY_TOTAL_17_18, SUITABLE_17_18,
      SUITABLE_17_18_PERCENT, SUITABILITY_TOTAL_19_21, SUITABLE_19_21, SUITABLE_19_21_PERCENT);

  private CareLeavers() {
  }

  /** The measures of {@link #ACTIVITY}. */
  public static List<Measure> activityMeasures() {
    return ACTIVITY_MEASURES;
  }

  /** The measures of {@link #ACCOMMODATION}. */
  public static List<Measure> accommodationMeasures() {
    return ACCOMMODATION_MEASURES;
  }

  /** One area's activity figures for one year. */
  public static AreaFigures activity(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(ACTIVITY, year, area, region, values);
  }

  /** One area's accommodation figures for one year. */
  public static AreaFigures accommodation(int year, Area area, Optional<Region> region,
      Map<Measure, Value> values) {
    return new AreaFigures(ACCOMMODATION, year, area, region, values);
  }

  private static Measure count(Publication publication, String id) {
    return Measure.bounded(publication, id, Unit.COUNT, MAX_CARE_LEAVERS);
  }

  private static Measure percent(Publication publication, String id) {
    return Measure.bounded(publication, id, Unit.PERCENT, 100);
  }
}
