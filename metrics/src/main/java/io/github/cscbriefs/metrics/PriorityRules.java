package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.JudgementArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules and thresholds that draft priority actions. Every number is data the caller can
 * override; {@link #defaults()} documents the defaults.
 *
 * @param workforce one rule per workforce indicator
 * @param areaTitles the action title for a judgement area judged below good
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
 */
public record PriorityRules(
    List<WorkforceRule> workforce,
    Map<JudgementArea, String> areaTitles,
    Map<JudgementArea, String> areaOwners,
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
    int maxActions) {

  public PriorityRules {
    workforce = List.copyOf(workforce);
    areaTitles = Map.copyOf(areaTitles);
    areaOwners = Map.copyOf(areaOwners);
    escalationPhrases = List.copyOf(escalationPhrases);
    if (workforceTargetYears < 1 || inspectionTargetMonths < 1 || maxActions < 1 || shortListSize < 0
        || !(repeatSimilarity > 0 && repeatSimilarity <= 1)) {
      throw MetricsException.of("PriorityRules", "targetYears " + workforceTargetYears + ", targetMonths "
          + inspectionTargetMonths + ", maxActions " + maxActions + ", shortListSize " + shortListSize
          + ", repeatSimilarity " + repeatSimilarity,
          "positive horizons and maxActions, shortListSize ≥ 0, 0 < repeatSimilarity ≤ 1");
    }
  }

  /**
   * The defaults. Workforce rules fire at 10% worse than England (20% for absence), become HIGH at
   * 25% (50%) and IMMEDIATE at 50% (100%). Caseload weighs 2 because high caseloads are what
   * Ofsted cites first when practice declines; absence weighs 0.5 because it is a symptom rather than
   * a lever. An inadequate area scores 80, requires improvement 30, repeated criticism adds 20; a
   * statutory intervention scores 90, an improvement notice 60. Targets: two reporting years for
   * workforce, 12 months for inspection and intervention actions. Two or fewer actions is a short
   * list; at most 10 are kept.
   */
  public static PriorityRules defaults() {
    Optional<JudgementArea> leaders = Optional.of(JudgementArea.IMPACT_OF_LEADERS);
    return new PriorityRules(
        List.of(
            new WorkforceRule("caseload", "Bring social workers' caseloads down to a manageable level",
                "Director of children's services", leaders, 1.10, 1.25, 1.5, 2.0),
            new WorkforceRule("turnover", "Keep experienced social workers: reduce turnover",
                "Principal social worker with the HR lead", leaders, 1.10, 1.25, 1.5, 1.0),
            new WorkforceRule("agency", "Reduce reliance on agency social workers",
                "Assistant director, children's social care", leaders, 1.10, 1.25, 1.5, 1.0),
            new WorkforceRule("vacancy", "Fill social worker vacancies with permanent staff",
                "HR lead for children's services", leaders, 1.10, 1.25, 1.5, 1.0),
            new WorkforceRule("absence", "Reduce social workers' sickness absence",
                "HR lead for children's services", leaders, 1.20, 1.5, 2.0, 0.5),
            new WorkforceRule("cla_sw_changes", "Give children in care a stable social worker",
                "Head of service, children in care", Optional.of(JudgementArea.CHILDREN_IN_CARE),
                1.10, 1.25, 1.5, 1.0)),
        defaultAreaTitles(),
        defaultAreaOwners(),
        80, 30, 20, 0.5,
        List.of("not sufficiently addressed", "not been addressed", "not yet addressed",
            "insufficient progress", "remains a priority"),
        90, 60, 2, 12, 2, 10);
  }

  /** The workforce rule for an indicator, if any. */
  public Optional<WorkforceRule> workforceRule(String indicatorId) {
    return workforce.stream().filter(r -> r.indicatorId().equals(indicatorId)).findFirst();
  }

  private static Map<JudgementArea, String> defaultAreaTitles() {
    Map<JudgementArea, String> m = new EnumMap<>(JudgementArea.class);
    m.put(JudgementArea.OVERALL_EFFECTIVENESS, "Make children's services good overall");
    m.put(JudgementArea.IMPACT_OF_LEADERS, "Strengthen leaders' grip on social work practice");
    m.put(JudgementArea.HELP_AND_PROTECTION, "Make help and protection for children good");
    m.put(JudgementArea.CHILDREN_IN_CARE, "Improve the experiences and progress of children in care");
    m.put(JudgementArea.CARE_LEAVERS, "Improve support for care leavers");
    return m;
  }

  private static Map<JudgementArea, String> defaultAreaOwners() {
    Map<JudgementArea, String> m = new EnumMap<>(JudgementArea.class);
    m.put(JudgementArea.OVERALL_EFFECTIVENESS, "Director of children's services");
    m.put(JudgementArea.IMPACT_OF_LEADERS, "Director of children's services");
    m.put(JudgementArea.HELP_AND_PROTECTION, "Head of service, help and protection");
    m.put(JudgementArea.CHILDREN_IN_CARE, "Head of service, children in care");
    m.put(JudgementArea.CARE_LEAVERS, "Head of service, care leavers");
    return m;
  }
}
