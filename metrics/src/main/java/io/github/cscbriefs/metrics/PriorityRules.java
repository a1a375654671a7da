package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.JudgementArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules and thresholds that draft priority actions. Every number is data the caller can
 * override; {@link #defaults()} documents the defaults.
 *
 * @param workforce one rule per indicator that can call for an action
 * @param areaOwners the suggested owner for each judgement area
 * @param inadequateScore score of an inadequate judgement area (requires improvement scores
 *     {@code requiresImprovementScore}); an area below good at the previous graded inspection too
 *     adds {@code repeatBonus} and raises urgency one step
 * @param requiresImprovementScore see above
 * @param repeatBonus see above
 * @param repeatSimilarity two priority-action texts from different visits are "the same
 *     criticism" when the Jaccard similarity of their word sets reaches this (0–1)
 * @param escalationPhrases words in a later priority action that mean an earlier one was not dealt
 *     with, matched ignoring case
 * @param statutoryInterventionScore score of an intervention in force made under statute
 * @param noticeScore score of an improvement notice in force
 * @param workforceTargetYears workforce targets are due at 30 September this many years after the
 *     profile's year
 * @param inspectionTargetMonths inspection and intervention targets are due this many months after
 *     the profile's as-at date
 * @param shortListSize a list of at most this many actions is a short list, and the profile says so
 * @param maxActions at most this many actions are kept (the most urgent)
 * @param ageHalfLifeYears an action resting on an inspection or visit has its score halved for
 *     every this many years between the report's publication and the as-at date (default 3, Ofsted's
 *     usual interval between full inspections); an intervention in force is current and not aged
 */
public record PriorityRules(
    List<WorkforceRule> workforce,
    Map<JudgementArea, OwnerRole> areaOwners,
    double inadequateScore,
    double requiresImprovementScore,
    double repeatBonus,
    double repeatSimilarity,
    List<String> escalationPhrases,
    double statutoryInterventionScore,
    double noticeScore,
    int workforceTargetYears,
    int inspectionTargetMonths,
    int shortListSize,
    int maxActions,
    double ageHalfLifeYears) {

  /** With the default {@code ageHalfLifeYears} of 3. */
  public PriorityRules(List<WorkforceRule> workforce, Map<JudgementArea, OwnerRole> areaOwners,
      double inadequateScore, double requiresImprovementScore, double repeatBonus, double repeatSimilarity,
      List<String> escalationPhrases, double statutoryInterventionScore, double noticeScore,
      int workforceTargetYears, int inspectionTargetMonths, int shortListSize, int maxActions) {
    this(workforce, areaOwners, inadequateScore, requiresImprovementScore, repeatBonus, repeatSimilarity,
        escalationPhrases, statutoryInterventionScore, noticeScore, workforceTargetYears, inspectionTargetMonths,
        shortListSize, maxActions, DEFAULT_AGE_HALF_LIFE_YEARS);
  }

  /** Ofsted's usual interval between full inspections, in years. */
  public static final double DEFAULT_AGE_HALF_LIFE_YEARS = 3;

  public PriorityRules {
    workforce = List.copyOf(workforce);
    areaOwners = Map.copyOf(areaOwners);
    escalationPhrases = List.copyOf(escalationPhrases);
    if (workforceTargetYears < 1 || inspectionTargetMonths < 1 || maxActions < 1 || shortListSize < 0
        || !(repeatSimilarity > 0 && repeatSimilarity <= 1) || !(ageHalfLifeYears > 0)) {
      throw MetricsException.of("PriorityRules", "targetYears " + workforceTargetYears + ", targetMonths "
          + inspectionTargetMonths + ", maxActions " + maxActions + ", shortListSize " + shortListSize
          + ", repeatSimilarity " + repeatSimilarity + ", ageHalfLifeYears " + ageHalfLifeYears,
          "positive horizons and maxActions, shortListSize ≥ 0, 0 < repeatSimilarity ≤ 1, ageHalfLifeYears > 0");
    }
  }

  /**
   * The defaults. Workforce rules fire at 10% worse than England (20% for absence), become HIGH at
   * 25% (50%) and IMMEDIATE at 50% (100%). Caseload weighs 2 because high caseloads are what
   * Ofsted cites first when practice declines; absence weighs 0.5 because it is a symptom rather than
   * a lever. The help and protection, children in care and care leavers indicators with a polarity
   * (re-referrals, conferences within 15 days, repeat and long plans, placement moves and stability,
   * care leavers' activity and accommodation) have the same thresholds, weight 1, and the head of
   * service of their area as owner; rates per 10,000 children have no rule. An inadequate area scores 80, requires improvement 30, repeated criticism adds 20; a
   * statutory intervention scores 90, an improvement notice 60. Targets: two reporting years for
   * workforce, 12 months for inspection and intervention actions. Two or fewer actions is a short
   * list; at most 10 are kept. An inspection's or visit's action weighs half as much after 3 years.
   */
  public static PriorityRules defaults() {
    return new PriorityRules(
        List.of(
            new WorkforceRule(Indicators.CASELOAD, OwnerRole.DIRECTOR_OF_CHILDRENS_SERVICES, 1.10, 1.25, 1.5, 2.0),
            new WorkforceRule(Indicators.TURNOVER, OwnerRole.PRINCIPAL_SOCIAL_WORKER_WITH_HR_LEAD, 1.10, 1.25, 1.5,
                1.0),
            new WorkforceRule(Indicators.AGENCY, OwnerRole.ASSISTANT_DIRECTOR_CHILDRENS_SOCIAL_CARE, 1.10, 1.25, 1.5,
                1.0),
            new WorkforceRule(Indicators.VACANCY, OwnerRole.HR_LEAD_FOR_CHILDRENS_SERVICES, 1.10, 1.25, 1.5, 1.0),
            new WorkforceRule(Indicators.ABSENCE, OwnerRole.HR_LEAD_FOR_CHILDRENS_SERVICES, 1.20, 1.5, 2.0, 0.5),
            new WorkforceRule(Indicators.CLA_SOCIAL_WORKER_CHANGES, OwnerRole.HEAD_OF_SERVICE_CHILDREN_IN_CARE,
                1.10, 1.25, 1.5, 1.0),
            serviceRule(Indicators.REREFERRALS, OwnerRole.HEAD_OF_SERVICE_HELP_AND_PROTECTION),
            serviceRule(Indicators.ICPC_WITHIN_15_DAYS, OwnerRole.HEAD_OF_SERVICE_HELP_AND_PROTECTION),
            serviceRule(Indicators.SUBSEQUENT_PLANS, OwnerRole.HEAD_OF_SERVICE_HELP_AND_PROTECTION),
            serviceRule(Indicators.PLANS_TWO_YEARS_OR_MORE, OwnerRole.HEAD_OF_SERVICE_HELP_AND_PROTECTION),
            serviceRule(Indicators.THREE_OR_MORE_PLACEMENTS, OwnerRole.HEAD_OF_SERVICE_CHILDREN_IN_CARE),
            serviceRule(Indicators.LONG_TERM_STABILITY, OwnerRole.HEAD_OF_SERVICE_CHILDREN_IN_CARE),
            serviceRule(Indicators.LEAVERS_EET_17_18, OwnerRole.HEAD_OF_SERVICE_CARE_LEAVERS),
            serviceRule(Indicators.LEAVERS_EET_19_21, OwnerRole.HEAD_OF_SERVICE_CARE_LEAVERS),
            serviceRule(Indicators.LEAVERS_SUITABLE_17_18, OwnerRole.HEAD_OF_SERVICE_CARE_LEAVERS),
            serviceRule(Indicators.LEAVERS_SUITABLE_19_21, OwnerRole.HEAD_OF_SERVICE_CARE_LEAVERS)),
        defaultAreaOwners(),
        80, 30, 20, 0.5,
        List.of("not sufficiently addressed", "not been addressed", "not yet addressed",
            "insufficient progress", "remains a priority"),
        90, 60, 2, 12, 2, 10);
  }

  /**
   * The rule of a help and protection, children in care or care leavers indicator with a polarity:
   * the workforce thresholds (10%, 25%, 50% worse than England), weight 1. Rates per 10,000 children
   * describe demand and have no rule: they never call for an action alone.
   */
  private static WorkforceRule serviceRule(Indicator indicator, OwnerRole owner) {
    return new WorkforceRule(indicator, owner, 1.10, 1.25, 1.5, 1.0);
  }

  /** The rule for an indicator, if any. */
  public Optional<WorkforceRule> workforceRule(Indicator indicator) {
    return workforce.stream().filter(r -> r.indicator().equals(indicator)).findFirst();
  }

  /** The suggested owner of an action on a judgement area. */
  public OwnerRole owner(JudgementArea area) {
    return areaOwners.getOrDefault(area, OwnerRole.DIRECTOR_OF_CHILDRENS_SERVICES);
  }

  private static Map<JudgementArea, OwnerRole> defaultAreaOwners() {
    Map<JudgementArea, OwnerRole> m = new EnumMap<>(JudgementArea.class);
    m.put(JudgementArea.OVERALL_EFFECTIVENESS, OwnerRole.DIRECTOR_OF_CHILDRENS_SERVICES);
    m.put(JudgementArea.IMPACT_OF_LEADERS, OwnerRole.DIRECTOR_OF_CHILDRENS_SERVICES);
    m.put(JudgementArea.HELP_AND_PROTECTION, OwnerRole.HEAD_OF_SERVICE_HELP_AND_PROTECTION);
    m.put(JudgementArea.CHILDREN_IN_CARE, OwnerRole.HEAD_OF_SERVICE_CHILDREN_IN_CARE);
    m.put(JudgementArea.CARE_LEAVERS, OwnerRole.HEAD_OF_SERVICE_CARE_LEAVERS);
    return m;
  }
}
