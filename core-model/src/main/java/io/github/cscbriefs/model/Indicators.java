package io.github.cscbriefs.model;

import java.util.List;

/** The indicators every brief reports, with DfE's definitions, in the order a brief reports them. */
public final class Indicators {

  private static final String CSWW = "DfE, Children's social work workforce (as at 30 September)";
  private static final String CLA = "DfE, Children looked after in England (social worker stability)";
  private static final String CIN = "DfE, Characteristics of children in need (year to 31 March)";
  private static final String CIN_RATE = CIN + ", and ONS mid-year estimates of children aged 0 to 17";
  private static final String CLA_RELEASE = "DfE, Children looked after in England including adoptions (year to 31 March)";
  private static final JudgementArea LEADERS = JudgementArea.IMPACT_OF_LEADERS;
  private static final JudgementArea HELP = JudgementArea.HELP_AND_PROTECTION;
  private static final JudgementArea IN_CARE = JudgementArea.CHILDREN_IN_CARE;
  private static final JudgementArea LEAVERS = JudgementArea.CARE_LEAVERS;
  /** How a rate per 10,000 children is formed, after the count it divides. */
  private static final String PER_10000 = " ÷ children aged 0 to 17 (ONS mid-year estimate at 30 June of the "
      + "year before) × 10,000";

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


  // Help and protection (children in need census, year to 31 March). Rates per 10,000 describe demand:
  // no polarity.
  public static final Indicator CHILDREN_IN_NEED_RATE = new Indicator("cin_rate", "Children in need per 10,000 children",
      ChildrenInNeed.CHILDREN_IN_NEED_PER_10000, Polarity.NONE, "Children in need on 31 March" + PER_10000, CIN_RATE,
      HELP, false);
  public static final Indicator REFERRAL_RATE = new Indicator("referral_rate", "Referrals per 10,000 children",
      ChildrenInNeed.REFERRALS_PER_10000, Polarity.NONE, "Referrals in the year" + PER_10000, CIN_RATE, HELP, false);
  public static final Indicator REREFERRALS = new Indicator("rereferrals", "Re-referrals within 12 months",
      ChildrenInNeed.REREFERRALS_PERCENT, Polarity.LOWER_IS_BETTER,
      "Referrals within 12 months of a previous referral ÷ referrals in the year × 100", CIN, HELP, true);
  public static final Indicator SECTION_47_RATE = new Indicator("s47_rate",
      "Section 47 enquiries per 10,000 children", ChildrenInNeed.SECTION_47_PER_10000, Polarity.NONE,
      "Section 47 enquiries started in the year" + PER_10000, CIN_RATE, HELP, false);
  public static final Indicator ICPC_WITHIN_15_DAYS = new Indicator("icpc_15_days",
      "Initial child protection conferences within 15 working days", ChildrenInNeed.ICPC_WITHIN_15_DAYS_PERCENT,
      Polarity.HIGHER_IS_BETTER, "Initial child protection conferences held within 15 working days of the strategy "
          + "discussion ÷ all initial child protection conferences in the year × 100", CIN, HELP, true);
  public static final Indicator CHILD_PROTECTION_RATE = new Indicator("cpp_rate",
      "Child protection plans per 10,000 children", ChildrenInNeed.CPP_PER_10000, Polarity.NONE,
      "Children on a child protection plan on 31 March" + PER_10000, CIN_RATE, HELP, false);
  public static final Indicator SUBSEQUENT_PLANS = new Indicator("cpp_subsequent",
      "Second or subsequent child protection plans", ChildrenInNeed.CPP_SUBSEQUENT_PERCENT, Polarity.LOWER_IS_BETTER,
      "Child protection plans starting in the year that are a second or subsequent plan ÷ plans starting in the "
          + "year × 100", CIN, HELP, true);
  public static final Indicator PLANS_TWO_YEARS_OR_MORE = new Indicator("cpp_2_years",
      "Child protection plans lasting 2 years or more", ChildrenInNeed.CPP_TWO_YEARS_OR_MORE_PERCENT,
      Polarity.LOWER_IS_BETTER, "Plans open on 31 March that had lasted 2 years or more ÷ plans open on 31 March × 100",
      CIN, HELP, true);

  // Children in care and care leavers (children looked after release, 2021 onwards)
  public static final Indicator CHILDREN_IN_CARE_RATE = new Indicator("cla_rate",
      "Children in care per 10,000 children", ChildrenLookedAfter.CHILDREN_PER_10000, Polarity.NONE,
      "Children looked after on 31 March ÷ children aged 0 to 17 (the release's population estimate, ONS mid-year "
          + "estimate at 30 June of the year before) × 10,000", CLA_RELEASE, IN_CARE, false);
  public static final Indicator THREE_OR_MORE_PLACEMENTS = new Indicator("placements_3plus",
      "Children in care with 3+ placements in the year", PlacementStability.THREE_OR_MORE_PLACEMENTS_PERCENT,
      Polarity.LOWER_IS_BETTER, "Children looked after on 31 March with 3 or more placements during the year ÷ "
          + "children looked after on 31 March × 100", CLA_RELEASE, IN_CARE, true);
  public static final Indicator LONG_TERM_STABILITY = new Indicator("long_term_stability",
      "Long-term placement stability", PlacementStability.LONG_TERM_STABILITY_PERCENT, Polarity.HIGHER_IS_BETTER,
      "Children under 16 looked after for 2.5 years or more who had lived with the same carer for at least 2 years ÷ "
          + "children under 16 looked after for 2.5 years or more, on 31 March × 100", CLA_RELEASE, IN_CARE, true);
  public static final Indicator LEAVERS_EET_17_18 = new Indicator("eet_17_18",
      "Care leavers aged 17 to 18 in education, employment or training", CareLeavers.EET_17_18_PERCENT,
      Polarity.HIGHER_IS_BETTER, "Care leavers aged 17 to 18 in education, employment or training ÷ care leavers "
          + "aged 17 to 18 × 100", CLA_RELEASE, LEAVERS, true);
  public static final Indicator LEAVERS_EET_19_21 = new Indicator("eet_19_21",
      "Care leavers aged 19 to 21 in education, employment or training", CareLeavers.EET_19_21_PERCENT,
      Polarity.HIGHER_IS_BETTER, "Care leavers aged 19 to 21 in education, employment or training ÷ care leavers "
          + "aged 19 to 21 × 100", CLA_RELEASE, LEAVERS, true);
  public static final Indicator LEAVERS_SUITABLE_17_18 = new Indicator("suitable_17_18",
      "Care leavers aged 17 to 18 in suitable accommodation", CareLeavers.SUITABLE_17_18_PERCENT,
      Polarity.HIGHER_IS_BETTER, "Care leavers aged 17 to 18 in accommodation considered suitable ÷ care leavers "
          + "aged 17 to 18 (suitable, unsuitable or no information) × 100", CLA_RELEASE, LEAVERS, true);
  public static final Indicator LEAVERS_SUITABLE_19_21 = new Indicator("suitable_19_21",
      "Care leavers aged 19 to 21 in suitable accommodation", CareLeavers.SUITABLE_19_21_PERCENT,
      Polarity.HIGHER_IS_BETTER, "Care leavers aged 19 to 21 in accommodation considered suitable ÷ care leavers "
          + "aged 19 to 21 (suitable, unsuitable or no information) × 100", CLA_RELEASE, LEAVERS, true);

  private static final List<Indicator> ALL = List.of(CASELOAD, TURNOVER, AGENCY, VACANCY, ABSENCE,
      CLA_SOCIAL_WORKER_CHANGES, AGENCY_COVER, SOCIAL_WORKERS_IN_POST,
      CHILDREN_IN_NEED_RATE, REFERRAL_RATE, REREFERRALS, SECTION_47_RATE, ICPC_WITHIN_15_DAYS, CHILD_PROTECTION_RATE,
      SUBSEQUENT_PLANS, PLANS_TWO_YEARS_OR_MORE, CHILDREN_IN_CARE_RATE, THREE_OR_MORE_PLACEMENTS, LONG_TERM_STABILITY,
      LEAVERS_EET_17_18, LEAVERS_EET_19_21, LEAVERS_SUITABLE_17_18, LEAVERS_SUITABLE_19_21);

  private Indicators() {
  }

  /** Every indicator, in report order. */
  public static List<Indicator> all() {
    return ALL;
  }
}
