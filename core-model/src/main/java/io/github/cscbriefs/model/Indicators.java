package io.github.cscbriefs.model;

import java.util.List;

/** The indicators every brief reports, with DfE's definitions, in the order a brief reports them. */
public final class Indicators {

  private static final String CSWW = "DfE, Children's social work workforce (as at 30 September)";
  private static final String CLA = "DfE, Children looked after in England (social worker stability)";
  private static final JudgementArea LEADERS = JudgementArea.IMPACT_OF_LEADERS;

  public static final Indicator CASELOAD = new Indicator("caseload", "Average caseload", Workforce.CASELOAD_FTE,
      Polarity.LOWER_IS_BETTER, "Cases held ÷ FTE of case-holding social workers (including agency workers)",
      CSWW, LEADERS, false);
  public static final Indicator TURNOVER = new Indicator("turnover", "Turnover rate", Workforce.TURNOVER_RATE_FTE,
      Polarity.LOWER_IS_BETTER, "FTE leavers in the year ÷ FTE in post at 30 September × 100", CSWW, LEADERS, true);
  public static final Indicator AGENCY = new Indicator("agency", "Agency worker rate", Workforce.AGENCY_RATE_FTE,
      Polarity.LOWER_IS_BETTER, "Agency FTE ÷ (agency FTE + LA-employed FTE) × 100", CSWW, LEADERS, true);
  public static final Indicator VACANCY = new Indicator("vacancy", "Vacancy rate", Workforce.VACANCY_RATE_FTE,
      Polarity.LOWER_IS_BETTER, "FTE vacancies ÷ (FTE vacancies + FTE in post) × 100", CSWW, LEADERS, true);
  public static final Indicator ABSENCE = new Indicator("absence", "Sickness absence rate",
      Workforce.ABSENCE_RATE_FTE, Polarity.LOWER_IS_BETTER,
      "Working days lost to sickness ÷ (FTE in post × 253 working days; 254 in a leap year) × 100", CSWW, LEADERS,
      true);
  public static final Indicator CLA_SOCIAL_WORKER_CHANGES = new Indicator("cla_sw_changes",
      "Children in care with 3+ social workers in the year", SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE,
      Polarity.LOWER_IS_BETTER, "Children looked after at 31 March who had 3 or more social workers during the year "
          + "÷ all children looked after at 31 March × 100", CLA, JudgementArea.CHILDREN_IN_CARE, true);
  public static final Indicator AGENCY_COVER = new Indicator("agency_cover", "Agency workers covering vacancies",
      Workforce.AGENCY_COVER_RATE_FTE, Polarity.NONE, "Agency FTE covering vacancies ÷ agency FTE × 100", CSWW,
      LEADERS, true);
  public static final Indicator SOCIAL_WORKERS_IN_POST = new Indicator("in_post", "Social workers in post (FTE)",
      Workforce.INPOST_FTE, Polarity.NONE, "FTE of LA-employed children and family social workers at 30 September",
      CSWW, LEADERS, false);

  private static final List<Indicator> ALL = List.of(CASELOAD, TURNOVER, AGENCY, VACANCY, ABSENCE,
      CLA_SOCIAL_WORKER_CHANGES, AGENCY_COVER, SOCIAL_WORKERS_IN_POST);

  private Indicators() {
  }

  /** Every indicator, in report order. */
  public static List<Indicator> all() {
    return ALL;
  }
}
