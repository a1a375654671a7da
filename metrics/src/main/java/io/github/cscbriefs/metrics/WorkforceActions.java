package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The indicator rule: one indicator worse than England becomes an action. See {@link WorkforceRule}. */
final class WorkforceActions {

  private WorkforceActions() {
  }

  static Optional<PriorityAction> draft(IndicatorComparison c, WorkforceRule rule, ProfileFacts facts,
      PriorityRules rules) {
    Gap england = c.england();
    Polarity polarity = c.indicator().polarity();
    if (!england.worse()) {
      return Optional.empty();
    }
    double severity = severity(Values.number(c.value()), Values.number(england.comparator()), polarity, rule);
    boolean bandD = c.standing().map(s -> s.band() == QuartileBand.D).orElse(false);
    if (severity < rule.triggerRatio() && !bandD) {
      return Optional.empty();
    }
    boolean worsening = c.trend().direction() == Direction.WORSENING;
    Optional<Rating> rating = facts.status(c).map(IndicatorStatus::rating);
    if (rating.filter(r -> r == Rating.GREEN).isPresent()) {
      return Optional.empty();
    }
    Urgency urgency = rating.map(r -> urgency(r, severity, bandD, rule))
        .orElseGet(() -> severity >= rule.immediateRatio() ? Urgency.IMMEDIATE
            : severity >= rule.highRatio() || bandD && worsening ? Urgency.HIGH : Urgency.MEDIUM);
    double score = rule.weight() * (severity - 1) * 100
        + 5 * Math.min(c.trend().yearsWorseThanEngland(), 5) + (worsening ? 10 : 0);
    Indicator indicator = c.indicator();
    List<Evidence> evidence = evidence(c, facts, severity);
    // Ofsted judged the indicator's area below good at the latest graded inspection: the figure is
    // part of what the inspection found, so a figure in the worst quarter is at least HIGH, IMMEDIATE
    // when the area was judged inadequate (unless it rests on small numbers or is questioned), and the
    // action weighs the judgement's score more.
    Optional<Inspection> judged = judgedBelowGood(indicator.area(), facts);
    if (judged.isPresent()) {
      JudgementArea area = judgedArea(indicator.area(), judged.get());
      boolean inadequate = judged.get().judgement(area) == Judgement.INADEQUATE;
      evidence.add(new Evidence.Judged(area, judged.get()));
      boolean small = facts.smallNumbers().stream().anyMatch(n -> n.indicator().equals(indicator));
      boolean questioned = facts.dataQuality().stream().anyMatch(f -> f.indicator().equals(indicator));
      if (bandD && !small && !questioned) {
        Urgency floor = inadequate ? Urgency.IMMEDIATE : Urgency.HIGH;
        urgency = urgency.compareTo(floor) > 0 ? floor : urgency;
      }
      score += (inadequate ? rules.inadequateScore() : rules.requiresImprovementScore())
          * ActionDrafting.ageWeight(judged.get(), facts.asAt(), rules) * (bandD ? 1 : 0.5);
    }
    return Optional.of(new PriorityAction(ActionKind.INDICATOR, Optional.of(indicator), Optional.of(indicator.area()),
        urgency, score, List.copyOf(evidence),
        new Baseline.Figure(indicator, c.year(), c.value()), target(c, facts),
        ActionDrafting.workforceTargetDate(c.year(), rules), rule.owner()));
  }

  /**
   * The latest graded inspection, when it judged {@code area} below good (for care leavers before
   * Ofsted judged them apart, in January 2023, the children in care judgement that covered them).
   */
  static Optional<Inspection> judgedBelowGood(JudgementArea area, ProfileFacts facts) {
    List<Inspection> graded = facts.inspections().stream().filter(i -> i.type().isGraded()).toList();
    if (graded.isEmpty()) {
      return Optional.empty();
    }
    Inspection latest = graded.get(graded.size() - 1);
    return latest.judgement(judgedArea(area, latest)).isBelowGood() ? Optional.of(latest) : Optional.empty();
  }

  /** The area whose judgement covers {@code area} at {@code inspection}. */
  static JudgementArea judgedArea(JudgementArea area, Inspection inspection) {
    return area == JudgementArea.CARE_LEAVERS && !inspection.judgement(area).isGraded()
        ? JudgementArea.CHILDREN_IN_CARE : area;
  }

  /**
   * The urgency of a rated indicator's action follows its status: Red is IMMEDIATE; Amber is HIGH
   * at {@code highRatio} or in band D, else MEDIUM. (An indicator not rated, because too few
   * councils have a figure to rank it among, takes its urgency from the severity alone.)
   */
  private static Urgency urgency(Rating rating, double severity, boolean bandD, WorkforceRule rule) {
    if (rating == Rating.RED) {
      return Urgency.IMMEDIATE;
    }
    return severity >= rule.highRatio() || bandD ? Urgency.HIGH : Urgency.MEDIUM;
  }

  /** Council ÷ England (England ÷ council when higher is better); capped when England is 0. */
  private static double severity(double council, double england, Polarity polarity, WorkforceRule rule) {
    double s = polarity == Polarity.HIGHER_IS_BETTER ? england / council : council / england;
    return Double.isFinite(s) ? s : rule.immediateRatio();
  }

  /** England's figure, except that caseload aims at the capacity's caseload target. */
  private static Target target(IndicatorComparison c, ProfileFacts facts) {
    if (c.indicator().equals(Indicators.CASELOAD)) {
      Capacity capacity = facts.capacity();
      return new Target.Figure(c.indicator(), c.year(), capacity.caseloadTarget(), capacity.targetSource());
    }
    return new Target.Figure(c.indicator(), c.year(), c.england().comparator(), TargetSource.ENGLAND);
  }

  private static List<Evidence> evidence(IndicatorComparison c, ProfileFacts facts, double severity) {
    Indicator indicator = c.indicator();
    int year = c.year();
    List<Evidence> list = new ArrayList<>();
    facts.smallNumbers().stream().filter(s -> s.indicator().equals(indicator))
        .forEach(s -> list.add(new Evidence.SmallBase(indicator, year, c.value(), s)));
    list.add(new Evidence.AgainstEngland(indicator, year, c.value(), c.england().comparator(), severity));
    for (ComparatorKind kind : List.of(ComparatorKind.REGION, ComparatorKind.NEIGHBOUR_MEAN)) {
      Gap g = c.gap(kind);
      if (g.comparator().isPresent()) {
        list.add(new Evidence.AgainstComparator(indicator, year, c.value(), g));
      }
    }
    c.standing().ifPresent(s -> list.add(new Evidence.Ranked(indicator, year, s)));
    list.add(new Evidence.Movement(indicator, year, c.trend()));
    c.interval().filter(i -> i.significance() == Significance.SIGNIFICANTLY_WORSE)
        .ifPresent(i -> list.add(new Evidence.SignificantlyWorse(indicator, year, i)));
    capacityNeed(indicator, facts.capacity(), year).ifPresent(list::add);
    facts.dataQuality().stream().filter(f -> f.indicator().equals(indicator))
        .forEach(f -> list.add(new Evidence.Questioned(f)));
    return list;
  }

  /** The capacity figure an action on caseload, agency or vacancies rests on, when it has a value. */
  private static Optional<Evidence> capacityNeed(Indicator indicator, Capacity cap, int year) {
    Value none = Value.missing(io.github.cscbriefs.model.MissingReason.NOT_APPLICABLE);
    Evidence.CapacityNeed need;
    if (indicator.equals(Indicators.CASELOAD)) {
      need = new Evidence.CapacityNeed(Evidence.CapacityNeed.Need.SOCIAL_WORKERS_NEEDED, year,
          cap.socialWorkersNeeded(), cap.caseloadTarget(), cap.targetSource());
    } else if (indicator.equals(Indicators.AGENCY)) {
      need = new Evidence.CapacityNeed(Evidence.CapacityNeed.Need.AGENCY_TO_CONVERT, year, cap.agencyToConvert(),
          cap.englandAgencyRate(), TargetSource.ENGLAND);
    } else if (indicator.equals(Indicators.VACANCY)) {
      need = new Evidence.CapacityNeed(Evidence.CapacityNeed.Need.VACANCIES_TO_FILL, year, cap.vacanciesToFill(),
          none, TargetSource.ENGLAND);
    } else {
      return Optional.empty();
    }
    return need.amount().isPresent() ? Optional.of(need) : Optional.empty();
  }
}
