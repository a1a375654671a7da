package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.CareLeavers;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.ChildrenLookedAfter;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.PlacementStability;
import io.github.cscbriefs.model.Publication;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Workforce;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How DfE derives a published rate from the counts behind it: numerator measures summed, divided
 * by denominator measures summed, times a scale. The same formula serves a council (its own
 * counts) and England or a region (the summed counts of its councils).
 */
public enum RateFormula {
  TURNOVER(Workforce.TURNOVER_RATE_FTE, List.of(Workforce.LEAVERS_FTE), List.of(Workforce.INPOST_FTE)),
  TURNOVER_HEADCOUNT(Workforce.TURNOVER_RATE_HEADCOUNT, List.of(Workforce.LEAVERS_HEADCOUNT),
      List.of(Workforce.INPOST_HEADCOUNT)),
  AGENCY(Workforce.AGENCY_RATE_FTE, List.of(Workforce.AGENCY_FTE),
      List.of(Workforce.AGENCY_FTE, Workforce.INPOST_FTE)),
  AGENCY_HEADCOUNT(Workforce.AGENCY_RATE_HEADCOUNT, List.of(Workforce.AGENCY_HEADCOUNT),
      List.of(Workforce.AGENCY_HEADCOUNT, Workforce.INPOST_HEADCOUNT)),
  VACANCY(Workforce.VACANCY_RATE_FTE, List.of(Workforce.VACANCY_FTE),
      List.of(Workforce.VACANCY_FTE, Workforce.INPOST_FTE)),
  AGENCY_COVER(Workforce.AGENCY_COVER_RATE_FTE, List.of(Workforce.AGENCY_COVER_FTE),
      List.of(Workforce.AGENCY_FTE)),
  VACANCY_AGENCY_COVER(Workforce.VACANCY_AGENCY_COVER_RATE_FTE, List.of(Workforce.AGENCY_COVER_FTE),
      List.of(Workforce.VACANCY_FTE)),
  /** Not a percentage: cases per case-holding FTE. */
  CASELOAD(Workforce.CASELOAD_FTE, List.of(Workforce.CASES), List.of(Workforce.CASE_HOLDERS_FTE), 1),
  /** Days lost ÷ (FTE in post × working days in the year) × 100; see {@link #scale(int)}. */
  ABSENCE(Workforce.ABSENCE_RATE_FTE, List.of(Workforce.WORKING_DAYS_LOST_FTE),
      List.of(Workforce.INPOST_FTE)),
  CLA_THREE_OR_MORE_SOCIAL_WORKERS(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE,
      List.of(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS), List.of(SocialWorkerStability.CLA_TOTAL)),

  // DfE's published percentages and rate of the children in need and children looked after releases, checked
  // against every council row of the bundled 2025 releases (each council's published figure is its counts' ratio
  // at the published rounding) and against the England and regional rows (OfficialCareAggregatesTest).
  /** Re-referrals within 12 months of a previous referral, as a percentage of referrals (c1). */
  REREFERRALS(ChildrenInNeed.REREFERRALS_PERCENT, List.of(ChildrenInNeed.REREFERRALS),
      List.of(ChildrenInNeed.REFERRALS)),
  /** Child protection plans starting in the year that are a second or subsequent plan, % of plans starting (d3). */
  CPP_SUBSEQUENT(ChildrenInNeed.CPP_SUBSEQUENT_PERCENT, List.of(ChildrenInNeed.CPP_SUBSEQUENT),
      List.of(ChildrenInNeed.CPP_STARTS)),
  /** Plans at 31 March that had lasted 2 years or more, % of children on a plan at 31 March (d5). */
  CPP_TWO_YEARS_OR_MORE(ChildrenInNeed.CPP_TWO_YEARS_OR_MORE_PERCENT, List.of(ChildrenInNeed.CPP_TWO_YEARS_OR_MORE),
      List.of(ChildrenInNeed.CPP_AT_31_MARCH)),
  /** Children looked after on 31 March with 3 or more placements during the year, % of those looked after. */
  CLA_THREE_OR_MORE_PLACEMENTS(PlacementStability.THREE_OR_MORE_PLACEMENTS_PERCENT,
      List.of(PlacementStability.THREE_OR_MORE_PLACEMENTS), List.of(PlacementStability.CLA_TOTAL)),
  /**
   * Long-term placement stability: children looked after continuously for at least 2.5 years and aged under 16
   * on 31 March who had lived with the same carer for at least 2 years, % of those children.
   */
  LONG_TERM_STABILITY(PlacementStability.LONG_TERM_STABILITY_PERCENT, List.of(PlacementStability.LONG_TERM_SAME_CARER),
      List.of(PlacementStability.LONG_TERM_TOTAL)),
  /** Care leavers aged 17 to 18 in education, employment or training, % of care leavers of that age. */
  CARE_LEAVERS_EET_17_18(CareLeavers.EET_17_18_PERCENT, List.of(CareLeavers.EET_17_18),
      List.of(CareLeavers.AGED_17_18)),
  /** Care leavers aged 19 to 21 in education, employment or training, % of care leavers of that age. */
  CARE_LEAVERS_EET_19_21(CareLeavers.EET_19_21_PERCENT, List.of(CareLeavers.EET_19_21),
      List.of(CareLeavers.AGED_19_21)),
  /** Care leavers aged 17 to 18 in accommodation considered suitable, % of the suitability total. */
  CARE_LEAVERS_SUITABLE_17_18(CareLeavers.SUITABLE_17_18_PERCENT, List.of(CareLeavers.SUITABLE_17_18),
      List.of(CareLeavers.SUITABILITY_TOTAL_17_18)),
  /** Care leavers aged 19 to 21 in accommodation considered suitable, % of the suitability total. */
  CARE_LEAVERS_SUITABLE_19_21(CareLeavers.SUITABLE_19_21_PERCENT, List.of(CareLeavers.SUITABLE_19_21),
      List.of(CareLeavers.SUITABILITY_TOTAL_19_21)),
  /**
   * Not a percentage: children looked after on 31 March per 10,000 children aged 0 to 17, by the population
   * estimate DfE publishes beside the rate.
   */
  CLA_RATE_PER_10000(ChildrenLookedAfter.RATE_PER_10000, List.of(ChildrenLookedAfter.CHILDREN),
      List.of(ChildrenLookedAfter.POPULATION_ESTIMATE), 10_000),

  // Figures no release publishes, computed from its counts ({@link #isComputed()}; see DerivedFigures).
  /** Children in need on 31 March per 10,000 children aged 0 to 17. */
  CHILDREN_IN_NEED_PER_10000(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000, List.of(ChildrenInNeed.AT31_EPISODES),
      List.of(ChildrenInNeed.POPULATION_ESTIMATE), 10_000),
  /** Referrals in the year per 10,000 children aged 0 to 17. */
  REFERRALS_PER_10000(ChildrenInNeed.REFERRALS_PER_10000, List.of(ChildrenInNeed.REFERRALS),
      List.of(ChildrenInNeed.POPULATION_ESTIMATE), 10_000),
  /** Section 47 enquiries in the year per 10,000 children aged 0 to 17. */
  SECTION_47_PER_10000(ChildrenInNeed.SECTION_47_PER_10000, List.of(ChildrenInNeed.SECTION_47),
      List.of(ChildrenInNeed.POPULATION_ESTIMATE), 10_000),
  /** Children on a child protection plan on 31 March per 10,000 children aged 0 to 17. */
  CPP_PER_10000(ChildrenInNeed.CPP_PER_10000, List.of(ChildrenInNeed.CPP_AT_31_MARCH),
      List.of(ChildrenInNeed.POPULATION_ESTIMATE), 10_000),
  /** Initial conferences within 15 working days: the 0–10 and 11–15 day bands ÷ all initial conferences. */
  ICPC_WITHIN_15_DAYS(ChildrenInNeed.ICPC_WITHIN_15_DAYS_PERCENT,
      List.of(ChildrenInNeed.ICPC_DURATION_0_10_DAYS, ChildrenInNeed.ICPC_DURATION_11_15_DAYS),
      List.of(ChildrenInNeed.ICPC)),
  /** Children looked after on 31 March per 10,000 children aged 0 to 17 (the release's own population). */
  CHILDREN_IN_CARE_PER_10000(ChildrenLookedAfter.CHILDREN_PER_10000, List.of(ChildrenLookedAfter.CHILDREN),
      List.of(ChildrenLookedAfter.POPULATION_ESTIMATE), 10_000);

  private final Measure rate;
  private final List<Measure> numerator;
  private final List<Measure> denominator;
  private final double multiplier;

  /** A percentage: numerator ÷ denominator × 100. */
  RateFormula(Measure rate, List<Measure> numerator, List<Measure> denominator) {
    this(rate, numerator, denominator, 100);
  }

  /** Numerator ÷ denominator × {@code multiplier} (1 for a ratio, 10,000 for a rate per 10,000). */
  RateFormula(Measure rate, List<Measure> numerator, List<Measure> denominator, double multiplier) {
    this.rate = rate;
    this.numerator = numerator;
    this.denominator = denominator;
    this.multiplier = multiplier;
  }

  /** The publication whose measures the formula reads. */
  public Publication publication() {
    return rate.publication();
  }

  /** The published measure this formula derives. */
  public Measure rate() {
    return rate;
  }

  /** Measures summed above the line. */
  public List<Measure> numerator() {
    return numerator;
  }

  /** Measures summed below the line. */
  public List<Measure> denominator() {
    return denominator;
  }

  /** Every measure the formula reads, without repeats. */
  public List<Measure> inputs() {
    return java.util.stream.Stream.concat(numerator.stream(), denominator.stream()).distinct().toList();
  }

  /**
   * The multiplier applied to numerator ÷ denominator: 100 for percentages; 1 for caseload; 10,000
   * for a rate per 10,000 children; for absence 100 ÷ working days, with 253 working days in a
   * reporting year and 254 when the year to 30 September includes 29 February (DfE's convention).
   */
  public double scale(int year) {
    return this == ABSENCE ? multiplier / (Year.isLeap(year) ? 254 : 253) : multiplier;
  }

  /** The denominator as a count of independent trials, for intervals: FTE-days for absence. */
  double trials(double denominator, int year) {
    return this == ABSENCE ? denominator * (Year.isLeap(year) ? 254 : 253) : denominator;
  }

  /**
   * True for a figure no release publishes, which {@link DerivedFigures} computes from the row's
   * counts: the rates per 10,000 children and the share of initial conferences within 15 days.
   */
  public boolean isComputed() {
    return rate.isDerived();
  }

  /** The formula for a published rate, if DfE derives it from published counts. */
  public static Optional<RateFormula> of(Measure rate) {
    return Arrays.stream(values()).filter(f -> f.rate.equals(rate)).findFirst();
  }
}
