package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workforce rule: one indicator worse than England becomes an action. See {@link WorkforceRule}. */
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
    Urgency urgency = severity >= rule.immediateRatio() ? Urgency.IMMEDIATE
        : severity >= rule.highRatio() || bandD && worsening ? Urgency.HIGH : Urgency.MEDIUM;
    double score = rule.weight() * (severity - 1) * 100
        + 5 * Math.min(c.trend().yearsWorseThanEngland(), 5) + (worsening ? 10 : 0);
    Value target = targetValue(c, facts);
    Unit unit = c.indicator().unit();
    return Optional.of(new PriorityAction("workforce:" + c.indicator().id(), rule.title(), urgency, score,
        evidence(c, facts, severity), List.of(c.indicator().id()), rule.judgementArea(),
        c.value(), target,
        Wording.figure(c.value(), unit) + " at " + Wording.asAt(c.year()),
        Wording.figure(target, unit) + " or better (" + targetSource(c, facts) + ")",
        ActionDrafting.workforceTargetDate(c.year(), rules), rule.owner()));
  }

  /** Council ÷ England (England ÷ council when higher is better); capped when England is 0. */
  private static double severity(double council, double england, Polarity polarity, WorkforceRule rule) {
    double s = polarity == Polarity.HIGHER_IS_BETTER ? england / council : council / england;
    return Double.isFinite(s) ? s : rule.immediateRatio();
  }

  private static Value targetValue(IndicatorComparison c, ProfileFacts facts) {
    return c.indicator().id().equals("caseload") ? facts.capacity().caseloadTarget() : c.england().comparator();
  }

  private static String targetSource(IndicatorComparison c, ProfileFacts facts) {
    boolean callers = c.indicator().id().equals("caseload")
        && !facts.capacity().targetSource().equals("England");
    return callers ? "the council's target" : "England at " + Wording.asAt(c.year());
  }

  private static List<Evidence> evidence(IndicatorComparison c, ProfileFacts facts, double severity) {
    Indicator ind = c.indicator();
    Unit unit = ind.unit();
    String when = Wording.asAt(c.year());
    List<Evidence> list = new ArrayList<>();
    Gap england = c.england();
    list.add(Evidence.figure(ind.label() + " was " + Wording.figure(c.value(), unit) + " at " + when
        + ", against " + Wording.figure(england.comparator(), unit) + " for England ("
        + Wording.number(severity, 2) + " times as bad).", when, c.value(), "England", england.comparator(),
        ind.source()));
    for (ComparatorKind kind : List.of(ComparatorKind.REGION, ComparatorKind.NEIGHBOUR_MEAN)) {
      Gap g = c.gap(kind);
      if (g.comparator().isPresent()) {
        String who = kind == ComparatorKind.NEIGHBOUR_MEAN
            ? "the mean of " + g.contributors() + " statistical neighbours" : g.name();
        list.add(Evidence.figure("Compared with " + who + ": " + Wording.figure(g.comparator(), unit) + ".",
            when, c.value(), g.name(), g.comparator(), ind.source()));
      }
    }
    c.standing().ifPresent(s -> list.add(Evidence.fact("Ranked " + s.rank() + " of " + s.outOf()
        + " councils (1 = best); quartile band " + s.band() + ", the " + s.band().description() + ".",
        when, ind.source())));
    list.add(trendEvidence(c));
    c.interval().filter(i -> i.significance() == Significance.SIGNIFICANTLY_WORSE).ifPresent(i -> list.add(
        Evidence.fact("Significantly worse than England: " + Math.round(i.confidenceLevel() * 100)
            + "% interval " + Wording.number(i.lower(), 1) + "–" + Wording.number(i.upper(), 1) + "% ("
            + i.method() + ").", when, ind.source())));
    capacityEvidence(ind.id(), facts.capacity(), when).ifPresent(list::add);
    return list;
  }

  private static Evidence trendEvidence(IndicatorComparison c) {
    Trend t = c.trend();
    String slope = t.slope().map(s -> Wording.format(" (%+.2f a year, %d–%d)", s.slope(),
        s.firstYear(), s.lastYear())).orElse("");
    return Evidence.fact("Worse than England for " + t.yearsWorseThanEngland() + " year(s) in a row; "
        + t.direction().label() + slope + "; gap to England " + t.gapClosure().describe() + ".",
        Wording.asAt(c.year()), c.indicator().source());
  }

  private static Optional<Evidence> capacityEvidence(String indicatorId, Capacity cap, String when) {
    return switch (indicatorId) {
      case "caseload" -> cap.socialWorkersNeeded().asDouble().stream().boxed().findFirst().map(n -> Evidence.figure(
          "About " + Wording.number(n, 1) + " more case-holding FTE would bring the average caseload to "
              + Wording.figure(cap.caseloadTarget(), Unit.CASES_PER_FTE) + ".", when, cap.socialWorkersNeeded(),
          cap.targetSource(), cap.caseloadTarget(), "Computed from DfE's cases and case-holder FTE"));
      case "agency" -> cap.agencyToConvert().asDouble().stream().boxed().findFirst().map(n -> Evidence.figure(
          "Converting about " + Wording.number(n, 1) + " agency FTE to permanent posts would match England's "
              + "agency rate of " + Wording.figure(cap.englandAgencyRate(), Unit.PERCENT) + ".", when,
          cap.agencyToConvert(), "England", cap.englandAgencyRate(), "Computed from DfE's agency and in-post FTE"));
      case "vacancy" -> cap.vacanciesToFill().asDouble().stream().boxed().findFirst().map(n -> Evidence.figure(
          Wording.number(n, 1) + " FTE vacancies to fill.", when, cap.vacanciesToFill(), "",
          Value.missing(MissingReason.NOT_APPLICABLE), "DfE, Children's social work workforce"));
      default -> Optional.empty();
    };
  }
}
