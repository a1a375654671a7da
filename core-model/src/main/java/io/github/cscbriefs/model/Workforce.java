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

  // Plausible maxima: no figure can be negative, and none can be as large as these, which are ten
  // or more times the largest DfE has published for England (2017-2025 release) and refuse the
  // typing slips and hostile values (1e300) that would otherwise be ranked and printed.
  /** People in post, starting, leaving, agency, vacancies (England's largest: 38,292 in post). */
  public static final double MAX_PEOPLE = 1_000_000;
  /** Cases held (England's largest: 337,202). */
  public static final double MAX_CASES = 10_000_000;
  /** Cases per case-holding FTE (the largest published: 32.7). */
  public static final double MAX_CASELOAD = 1_000;
  /** Working days lost to sickness (England's largest: 322,786). */
  public static final double MAX_DAYS_LOST = 10_000_000;
  /** Rates that can pass 100: turnover, agency cover of vacancies (the largest published: 100). */
  public static final double MAX_RATE_ABOVE_100 = 1_000;

  public static final Measure INPOST_FTE = people("inpost_fte", Unit.FTE);
  public static final Measure INPOST_HEADCOUNT = people("inpost_headcount", Unit.HEADCOUNT);
  public static final Measure STARTERS_FTE = people("starters_fte", Unit.FTE);
  public static final Measure STARTERS_HEADCOUNT = people("starters_headcount", Unit.HEADCOUNT);
  public static final Measure LEAVERS_FTE = people("leavers_fte", Unit.FTE);
  public static final Measure LEAVERS_HEADCOUNT = people("leavers_headcount", Unit.HEADCOUNT);
  /** Leavers can outnumber those in post, so turnover has no upper bound of 100. */
  public static final Measure TURNOVER_RATE_FTE = bounded("turnover_rate_fte", Unit.PERCENT, MAX_RATE_ABOVE_100);
  public static final Measure TURNOVER_RATE_HEADCOUNT = bounded("turnover_rate_headcount", Unit.PERCENT, MAX_RATE_ABOVE_100);
  public static final Measure AGENCY_FTE = people("agency_fte", Unit.FTE);
  public static final Measure AGENCY_HEADCOUNT = people("agency_headcount", Unit.HEADCOUNT);
  public static final Measure AGENCY_RATE_FTE = percentage("agency_rate_fte");
  public static final Measure AGENCY_RATE_HEADCOUNT = percentage("agency_rate_headcount");
  public static final Measure AGENCY_COVER_FTE = people("agency_cover_fte", Unit.FTE);
  public static final Measure AGENCY_COVER_RATE_FTE = percentage("agency_cover_rate_fte");
  public static final Measure VACANCY_FTE = people("vacancy_fte", Unit.FTE);
  public static final Measure VACANCY_RATE_FTE = percentage("vacancy_rate_fte");
  /** Agency workers covering vacancies as a share of vacancies; DfE publishes values above 100. */
  public static final Measure VACANCY_AGENCY_COVER_RATE_FTE = bounded("vacancy_agency_cover_rate_fte", Unit.PERCENT, MAX_RATE_ABOVE_100);
  public static final Measure CASE_HOLDERS_FTE = people("case_holders_fte", Unit.FTE);
  public static final Measure CASES = bounded("cases", Unit.COUNT, MAX_CASES);
  public static final Measure CASELOAD_FTE = bounded("caseload_fte", Unit.CASES_PER_FTE, MAX_CASELOAD);
  public static final Measure WORKING_DAYS_LOST_FTE = bounded("working_days_lost_fte", Unit.DAYS, MAX_DAYS_LOST);
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

  private static Measure people(String id, Unit unit) {
    return bounded(id, unit, MAX_PEOPLE);
  }

  private static Measure bounded(String id, Unit unit, double max) {
    return Measure.bounded(PUBLICATION, id, unit, max);
  }

  private static Measure percentage(String id) {
    return Measure.bounded(PUBLICATION, id, Unit.PERCENT, 100);
  }
}
