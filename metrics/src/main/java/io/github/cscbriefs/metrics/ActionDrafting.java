package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Drafts a council's priority actions from its comparisons, inspections and interventions, by
 * the rules in {@link PriorityRules}. Ordering: urgency, then score (higher first), then rule
 * order (workforce, judgement, repeated visit criticism, intervention), then title.
 */
final class ActionDrafting {

  private static final Value NONE = Value.missing(MissingReason.NOT_APPLICABLE);

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
      Optional<WorkforceRule> rule = rules.workforceRule(c.indicator().id());
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
            .thenComparing(r -> -r.action().score())
            .thenComparingInt(Ranked::order)
            .thenComparing(r -> r.action().title()))
        .limit(rules.maxActions())
        .map(Ranked::action)
        .toList();
  }

  private record Ranked(PriorityAction action, int order) {
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
    evidence.add(gradeEvidence(area, latest));
    String title = rules.areaTitles().getOrDefault(area, area.shortLabel()) + " (judged " + j.label() + ")";
    if (repeatedFrom.isPresent()) {
      urgency = urgency.raised();
      score += rules.repeatBonus();
      evidence.add(gradeEvidence(area, repeatedFrom.get()));
      title = rules.areaTitles().getOrDefault(area, area.shortLabel())
          + " (below good at two inspections running)";
    }
    return new PriorityAction(repeatedFrom.isPresent() ? "judgement-repeated" : "judgement", title,
        urgency, score, evidence, List.of(), Optional.of(area), Value.of(j.grade()),
        Value.of(Judgement.GOOD.grade()),
        j.label() + " (Ofsted, published " + Wording.date(latest.published()) + ")",
        "Good or better at the next graded inspection",
        facts.asAt().plusMonths(rules.inspectionTargetMonths()),
        rules.areaOwners().getOrDefault(area, "Director of children's services"));
  }

  private static Evidence gradeEvidence(JudgementArea area, Inspection i) {
    return Evidence.fact("Ofsted judged " + area.shortLabel().toLowerCase(java.util.Locale.UK) + " "
        + i.judgement(area).label() + " (" + i.type().label() + ", " + Wording.date(i.start()) + ").",
        "published " + Wording.date(i.published()), source(i));
  }

  private static String source(Inspection i) {
    return "Ofsted, " + i.reportLink().map(Object::toString).orElse(i.source());
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
      Repetition.escalations(l, rules).forEach(evidence::add);
      if (!evidence.isEmpty()) {
        evidence.add(0, Evidence.fact("Ofsted's " + l.type().label().toLowerCase(java.util.Locale.UK)
            + " of " + Wording.date(l.start()) + " named " + l.priorityActions().size()
            + " priority action(s).", "published " + Wording.date(l.published()), source(l)));
        actions.add(new PriorityAction("visit-repeated",
            "Resolve weaknesses Ofsted has criticised again", Urgency.IMMEDIATE,
            rules.inadequateScore() + rules.repeatBonus(), evidence, List.of(), Optional.empty(),
            Value.of(l.priorityActions().size()), Value.of(0),
            l.priorityActions().size() + " priority action(s) at the visit of " + Wording.date(l.start()),
            "Ofsted finds every priority action addressed at its next visit",
            facts.asAt().plusMonths(rules.inspectionTargetMonths()), "Director of children's services"));
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
    Evidence e = Evidence.fact("DfE intervention in force: " + i.type().label() + " since "
        + Wording.date(i.start()) + ". " + i.description(), "since " + Wording.date(i.start()), i.source());
    return new PriorityAction("intervention",
        "Satisfy the Department for Education's intervention (" + i.type().label().toLowerCase(java.util.Locale.UK) + ")",
        statutory ? Urgency.IMMEDIATE : Urgency.HIGH,
        statutory ? rules.statutoryInterventionScore() : rules.noticeScore(),
        List.of(e), List.of(), Optional.of(JudgementArea.IMPACT_OF_LEADERS), NONE, NONE,
        i.type().label() + " in force since " + Wording.date(i.start()),
        "Intervention lifted by the Department for Education",
        facts.asAt().plusMonths(rules.inspectionTargetMonths()),
        "Chief executive and lead member for children's services");
  }

  static LocalDate workforceTargetDate(int year, PriorityRules rules) {
    return LocalDate.of(year + rules.workforceTargetYears(), 9, 30);
  }
}
