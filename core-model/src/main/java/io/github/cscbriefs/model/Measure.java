package io.github.cscbriefs.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every measure published in DfE's children's social work workforce release (as at 30 September),
 * plus the children-looked-after social worker stability figure. The id is the column name of the
 * 2025 release; readers map older releases' names onto it.
 */
public enum Measure {
  INPOST_FTE("inpost_fte", Unit.FTE, Double.MAX_VALUE),
  INPOST_HEADCOUNT("inpost_headcount", Unit.HEADCOUNT, Double.MAX_VALUE),
  STARTERS_FTE("starters_fte", Unit.FTE, Double.MAX_VALUE),
  STARTERS_HEADCOUNT("starters_headcount", Unit.HEADCOUNT, Double.MAX_VALUE),
  LEAVERS_FTE("leavers_fte", Unit.FTE, Double.MAX_VALUE),
  LEAVERS_HEADCOUNT("leavers_headcount", Unit.HEADCOUNT, Double.MAX_VALUE),
  /** Leavers can outnumber those in post, so turnover has no upper bound of 100. */
  TURNOVER_RATE_FTE("turnover_rate_fte", Unit.PERCENT, Double.MAX_VALUE),
  TURNOVER_RATE_HEADCOUNT("turnover_rate_headcount", Unit.PERCENT, Double.MAX_VALUE),
  AGENCY_FTE("agency_fte", Unit.FTE, Double.MAX_VALUE),
  AGENCY_HEADCOUNT("agency_headcount", Unit.HEADCOUNT, Double.MAX_VALUE),
  AGENCY_RATE_FTE("agency_rate_fte", Unit.PERCENT, 100),
  AGENCY_RATE_HEADCOUNT("agency_rate_headcount", Unit.PERCENT, 100),
  AGENCY_COVER_FTE("agency_cover_fte", Unit.FTE, Double.MAX_VALUE),
  AGENCY_COVER_RATE_FTE("agency_cover_rate_fte", Unit.PERCENT, 100),
  VACANCY_FTE("vacancy_fte", Unit.FTE, Double.MAX_VALUE),
  VACANCY_RATE_FTE("vacancy_rate_fte", Unit.PERCENT, 100),
  /** Agency workers covering vacancies as a share of vacancies; DfE publishes values above 100. */
  VACANCY_AGENCY_COVER_RATE_FTE("vacancy_agency_cover_rate_fte", Unit.PERCENT, Double.MAX_VALUE),
  CASE_HOLDERS_FTE("case_holders_fte", Unit.FTE, Double.MAX_VALUE),
  CASES("cases", Unit.COUNT, Double.MAX_VALUE),
  CASELOAD_FTE("caseload_fte", Unit.CASES_PER_FTE, Double.MAX_VALUE),
  WORKING_DAYS_LOST_FTE("working_days_lost_fte", Unit.DAYS, Double.MAX_VALUE),
  ABSENCE_RATE_FTE("absence_rate_fte", Unit.PERCENT, 100),
  /** Children looked after at 31 March (social worker stability release). */
  CLA_TOTAL("cla_total", Unit.COUNT, Double.MAX_VALUE),
  /** Children looked after who had 3 or more social workers during the year. */
  CLA_THREE_OR_MORE_SOCIAL_WORKERS("cla_3plus_social_workers", Unit.COUNT, Double.MAX_VALUE),
  CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE("cla_3plus_social_workers_rate", Unit.PERCENT, 100);

  private final String id;
  private final Unit unit;
  private final double max;

  Measure(String id, Unit unit, double max) {
    this.id = id;
    this.unit = unit;
    this.max = max;
  }

  public String id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  /** Values are never negative; this is the largest a valid value can be. */
  public double max() {
    return max;
  }

  public boolean isRate() {
    return unit == Unit.PERCENT;
  }

  public static Optional<Measure> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }
}
