package io.github.cscbriefs.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's children's social work workforce census (as at 30 September) and every measure it
 * publishes for an area. The ids are the column names of the 2025 release.
 */
public final class Workforce {

  public static final Publication PUBLICATION = new Publication("Department for Education",
      "Children's social work workforce", ReferencePeriod.AS_AT_30_SEPTEMBER);

  public static final Measure INPOST_FTE = count("inpost_fte", Unit.FTE);
  public static final Measure INPOST_HEADCOUNT = count("inpost_headcount", Unit.HEADCOUNT);
  public static final Measure STARTERS_FTE = count("starters_fte", Unit.FTE);
  public static final Measure STARTERS_HEADCOUNT = count("starters_headcount", Unit.HEADCOUNT);
  public static final Measure LEAVERS_FTE = count("leavers_fte", Unit.FTE);
  public static final Measure LEAVERS_HEADCOUNT = count("leavers_headcount", Unit.HEADCOUNT);
  /** Leavers can outnumber those in post, so turnover has no upper bound of 100. */
  public static final Measure TURNOVER_RATE_FTE = count("turnover_rate_fte", Unit.PERCENT);
  public static final Measure TURNOVER_RATE_HEADCOUNT = count("turnover_rate_headcount", Unit.PERCENT);
  public static final Measure AGENCY_FTE = count("agency_fte", Unit.FTE);
  public static final Measure AGENCY_HEADCOUNT = count("agency_headcount", Unit.HEADCOUNT);
  public static final Measure AGENCY_RATE_FTE = percentage("agency_rate_fte");
  public static final Measure AGENCY_RATE_HEADCOUNT = percentage("agency_rate_headcount");
  public static final Measure AGENCY_COVER_FTE = count("agency_cover_fte", Unit.FTE);
  public static final Measure AGENCY_COVER_RATE_FTE = percentage("agency_cover_rate_fte");
  public static final Measure VACANCY_FTE = count("vacancy_fte", Unit.FTE);
  public static final Measure VACANCY_RATE_FTE = percentage("vacancy_rate_fte");
  /** Agency workers covering vacancies as a share of vacancies; DfE publishes values above 100. */
  public static final Measure VACANCY_AGENCY_COVER_RATE_FTE = count("vacancy_agency_cover_rate_fte", Unit.PERCENT);
  public static final Measure CASE_HOLDERS_FTE = count("case_holders_fte", Unit.FTE);
  public static final Measure CASES = count("cases", Unit.COUNT);
  public static final Measure CASELOAD_FTE = count("caseload_fte", Unit.CASES_PER_FTE);
  public static final Measure WORKING_DAYS_LOST_FTE = count("working_days_lost_fte", Unit.DAYS);
  public static final Measure ABSENCE_RATE_FTE = percentage("absence_rate_fte");

  private static final List<Measure> MEASURES = List.of(INPOST_FTE, INPOST_HEADCOUNT, STARTERS_FTE,
      STARTERS_HEADCOUNT, LEAVERS_FTE, LEAVERS_HEADCOUNT, TURNOVER_RATE_FTE, TURNOVER_RATE_HEADCOUNT, AGENCY_FTE,
      AGENCY_HEADCOUNT, AGENCY_RATE_FTE, AGENCY_RATE_HEADCOUNT, AGENCY_COVER_FTE, AGENCY_COVER_RATE_FTE,
      VACANCY_FTE, VACANCY_RATE_FTE, VACANCY_AGENCY_COVER_RATE_FTE, CASE_HOLDERS_FTE, CASES, CASELOAD_FTE,
      WORKING_DAYS_LOST_FTE, ABSENCE_RATE_FTE);

  private Workforce() {
  }

  /** Every measure of the census, in the order of the 2025 release's columns. */
  public static List<Measure> measures() {
    return MEASURES;
  }

  /** The measure whose current column name is {@code id}. */
  public static Optional<Measure> byId(String id) {
    return MEASURES.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** One area's census figures for one year. */
  public static AreaFigures figures(int year, Area area, Optional<Region> region, Map<Measure, Value> values) {
    return new AreaFigures(PUBLICATION, year, area, region, values);
  }

  private static Measure count(String id, Unit unit) {
    return Measure.of(PUBLICATION, id, unit);
  }

  private static Measure percentage(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.PERCENT, 100);
  }
}
