package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Drafts a council's priority actions from its comparisons, inspections and interventions, by
 * the rules in {@link PriorityRules}. Ordering: urgency; within it, actions on Red indicators
 * ({@link StatusRule}) before any other, so no inspection or intervention outranks a Red
 * indicator, and among those the one deepest into the worst quarter (lowest percentile) first; then
 * score (higher first; an inspection's or visit's score halves every {@link
 * PriorityRules#ageHalfLifeYears()} years of its age); then rule order (indicators in catalogue
 * order, judgement areas, repeated visit criticism, intervention).
 */
final class ActionDrafting {

  private final ProfileFacts facts;
  private final PriorityRules rules;

  private ActionDrafting(ProfileFacts facts, PriorityRules rules) {
    this.facts = facts;
    this.rules = rules;
  }

  static List<PriorityAction> draft(ProfileFacts facts, PriorityRules rules) {
    ActionDrafting d = new ActionDrafting(facts, rules);
    List<Ranked> all = new ArrayList<>();
    int order = 0;
    for (IndicatorComparison c : facts.comparisons()) {
      Optional<WorkforceRule> rule = rules.workforceRule(c.indicator());
      if (rule.isPresent()) {
        int o = order++;
        WorkforceActions.draft(c, rule.get(), facts, rules).ifPresent(a -> all.add(new Ranked(a, o)));
      }
    }
    for (PriorityAction a : d.judgementActions()) {
      all.add(new Ranked(a, order++));
    }
    for (PriorityAction a : d.repeatedVisitActions()) {
      all.add(new Ranked(a, order++));
    }
    for (PriorityAction a : d.interventionActions()) {
      all.add(new Ranked(a, order++));
    }
    return all.stream()
        .sorted(Comparator.comparing((Ranked r) -> r.action().urgency())
            .thenComparing(r -> !d.onRedIndicator(r.action()))
            .thenComparingDouble(r -> d.redPercentile(r.action()))
            .thenComparing(r -> -r.action().score())
            .thenComparingInt(Ranked::order))
        .limit(rules.maxActions())
        .map(Ranked::action)
        .toList();
  }

  private record Ranked(PriorityAction action, int order) {
  }

  /** True when the action rests on an indicator whose status is Red. */
  private boolean onRedIndicator(PriorityAction action) {
    return action.indicator().flatMap(i -> facts.statuses().stream().filter(s -> s.indicator().equals(i)).findFirst())
        .filter(s -> s.rating() == Rating.RED).isPresent();
  }

  /**
   * For an action on a Red indicator, the council's percentile among councils (0 the worst in
   * England): among Red indicators the one furthest into the worst quarter leads, whatever the size of
   * its gap (a small percentage twice England's has a large ratio but may sit far less deep in the
   * field). Any other action: infinity, so score decides.
   */
  private double redPercentile(PriorityAction action) {
    if (!onRedIndicator(action)) {
      return Double.POSITIVE_INFINITY;
    }
    return action.indicator().flatMap(i -> facts.comparisons().stream().filter(c -> c.indicator().equals(i))
        .findFirst()).flatMap(IndicatorComparison::standing).map(Standing::percentile)
        .orElse(Double.POSITIVE_INFINITY);
  }

  /**
   * How much an inspection's finding still weighs at the as-at date: 0.5 ^ (age in years ÷ {@link
   * PriorityRules#ageHalfLifeYears()}), the age counted from the report's publication (from the
   * last day it may have been, when only its month or year is known); 1 for a report published on
   * or after the as-at date.
   */
  static double ageWeight(Inspection inspection, LocalDate asAt, PriorityRules rules) {
    double years = Math.max(0, ChronoUnit.DAYS.between(inspection.published().latest(), asAt) / 365.25);
    return Math.pow(0.5, years / rules.ageHalfLifeYears());
  }

  /** One action per judgement area below good at the latest graded inspection. */
  private List<PriorityAction> judgementActions() {
    List<Inspection> graded = facts.inspections().stream().filter(i -> i.type().isGraded()).toList();
    if (graded.isEmpty()) {
      return List.of();
    }
    Inspection latest = graded.get(graded.size() - 1);
    Optional<Inspection> previous = graded.size() > 1 ? Optional.of(graded.get(graded.size() - 2)) : Optional.empty();
    List<PriorityAction> actions = new ArrayList<>();
    for (JudgementArea area : JudgementArea.values()) {
      Judgement j = latest.judgement(area);
      if (j.isBelowGood()) {
        boolean repeated = previous.map(p -> p.judgement(area).isBelowGood()).orElse(false);
        actions.add(judgementAction(area, latest, previous.filter(p -> repeated)));
      }
    }
    return actions;
  }

  private PriorityAction judgementAction(JudgementArea area, Inspection latest, Optional<Inspection> repeatedFrom) {
    Judgement j = latest.judgement(area);
    boolean inadequate = j == Judgement.INADEQUATE;
    Urgency urgency = inadequate ? Urgency.IMMEDIATE : Urgency.HIGH;
    double score = inadequate ? rules.inadequateScore() : rules.requiresImprovementScore();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence.Judged(area, latest));
    if (repeatedFrom.isPresent()) {
      urgency = urgency.raised();
      score += rules.repeatBonus();
      evidence.add(new Evidence.Judged(area, repeatedFrom.get()));
    }
    score *= ageWeight(latest, facts.asAt(), rules);
    return new PriorityAction(repeatedFrom.isPresent() ? ActionKind.JUDGEMENT_REPEATED : ActionKind.JUDGEMENT,
        Optional.empty(), Optional.of(area), urgency, score, evidence, new Baseline.Judged(area, j, latest),
        new Target.GoodAtNextInspection(), facts.asAt().plusMonths(rules.inspectionTargetMonths()),
        rules.owner(area));
  }

  /**
   * A later visit that repeats an earlier priority action (similar words), says one was not
   * addressed, or revisits a theme that had priority actions and names priority actions again.
   */
  private List<PriorityAction> repeatedVisitActions() {
    List<PriorityAction> actions = new ArrayList<>();
    List<Inspection> all = facts.inspections();
    for (int later = 1; later < all.size(); later++) {
      Inspection l = all.get(later);
      if (l.priorityActions().isEmpty()) {
        continue;
      }
      List<Evidence> evidence = new ArrayList<>();
      for (Inspection e : all.subList(0, later)) {
        evidence.addAll(Repetition.between(e, l, rules));
      }
      evidence.addAll(Repetition.escalations(l, rules));
      if (!evidence.isEmpty()) {
        evidence.add(0, new Evidence.PriorityActionsNamed(l));
        // A graded inspection published after the visit has judged the service since: the
        // visit's criticism stays an action, one step less urgent.
        boolean superseded = all.subList(later + 1, all.size()).stream()
            .anyMatch(i -> i.type().isGraded() && i.published().earliest().isAfter(l.published().latest()));
        actions.add(new PriorityAction(ActionKind.VISIT_REPEATED, Optional.empty(), Optional.empty(),
            superseded ? Urgency.HIGH : Urgency.IMMEDIATE,
            (rules.inadequateScore() + rules.repeatBonus()) * ageWeight(l, facts.asAt(), rules), evidence,
            new Baseline.PriorityActionsAtVisit(l), new Target.PriorityActionsAddressed(),
            facts.asAt().plusMonths(rules.inspectionTargetMonths()), OwnerRole.DIRECTOR_OF_CHILDRENS_SERVICES));
      }
    }
    return actions;
  }

  /** The intervention in force at the as-at date, most severe first. */
  private List<PriorityAction> interventionActions() {
    return facts.interventions().stream()
        .sorted(Comparator.comparing(Intervention::type).reversed())
        .limit(1)
        .map(this::interventionAction)
        .toList();
  }

  private PriorityAction interventionAction(Intervention i) {
    boolean statutory = i.type().isStatutory();
    return new PriorityAction(ActionKind.INTERVENTION, Optional.empty(), Optional.of(JudgementArea.IMPACT_OF_LEADERS),
        statutory ? Urgency.IMMEDIATE : Urgency.HIGH,
        statutory ? rules.statutoryInterventionScore() : rules.noticeScore(),
        List.of(new Evidence.InterventionInForce(i)), new Baseline.InterventionInForce(i),
        new Target.InterventionLifted(), facts.asAt().plusMonths(rules.inspectionTargetMonths()),
        OwnerRole.CHIEF_EXECUTIVE_AND_LEAD_MEMBER);
  }

  static LocalDate workforceTargetDate(int year, PriorityRules rules) {
    return LocalDate.of(year + rules.workforceTargetYears(), 9, 30);
  }
}
