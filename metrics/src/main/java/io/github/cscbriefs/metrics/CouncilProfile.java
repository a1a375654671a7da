package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Polarity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a brief states about one council for one reporting year. Immutable.
 *
 * @param council the council
 * @param year the workforce reporting year (figures as at 30 September)
 * @param asAt the date the inspection and intervention history is taken at (by default 31 March of
 *     the following year, when that year's workforce figures are published)
 * @param comparisons one per indicator of the dataset's catalogue, in catalogue order
 * @param capacity the workforce capacity needed to reach England's figures
 * @param inspections the council's inspections and visits published on or before {@code asAt},
 *     oldest first
 * @param interventions DfE interventions in force on {@code asAt}
 * @param actions the priority actions, most urgent first
 * @param shortList true when there are at most {@link PriorityRules#shortListSize()} actions
 * @param plan the council's own improvement-plan actions (from its local evidence file), each with
 *     its status computed from the data; empty when none were supplied
 * @param predecessors the councils this one replaced (e.g. Northamptonshire for North
 *     Northamptonshire), whose inspections are part of its history; empty for most councils
 * @param vintage the dates the facts describe
 * @param headlines the facts striking enough to lead the brief ({@link Headline}): bad news first,
 *     each indicator's first fact before any indicator's second, then by kind (worst or best in
 *     England, multiplied, moved, a run against England) and the catalogue's order
 */
public record CouncilProfile(
    Council council,
    int year,
    LocalDate asAt,
    List<IndicatorComparison> comparisons,
    Capacity capacity,
    List<Inspection> inspections,
    List<Intervention> interventions,
    List<PriorityAction> actions,
    boolean shortList,
    List<PlanProgress> plan,
    List<Council> predecessors,
    DataVintage vintage,
    List<Headline> headlines) {

  public CouncilProfile {
    comparisons = List.copyOf(comparisons);
    inspections = List.copyOf(inspections);
    interventions = List.copyOf(interventions);
    actions = List.copyOf(actions);
    plan = List.copyOf(plan);
    predecessors = List.copyOf(predecessors);
    java.util.Objects.requireNonNull(vintage, "vintage");
    headlines = List.copyOf(headlines);
  }

  /**
   * The council an inspection or intervention was of: this council, or the predecessor it was made
   * of before the reorganisation.
   */
  public Council councilOf(String laCode) {
    return predecessors.stream().filter(p -> p.laCode().equals(laCode)).findFirst().orElse(council);
  }

  /** True when the record (by LA code) concerns a predecessor, not this council itself. */
  public boolean isPredecessor(String laCode) {
    return !council.laCode().equals(laCode) && predecessors.stream().anyMatch(p -> p.laCode().equals(laCode));
  }

  /**
   * The comparison for an indicator of the dataset's catalogue, e.g. {@code
   * Indicators.CASELOAD}; empty when the catalogue does not report it.
   */
  public Optional<IndicatorComparison> comparison(Indicator indicator) {
    return comparisons.stream().filter(c -> c.indicator().equals(indicator)).findFirst();
  }

  /**
   * The indicator's red/amber/green status by {@link Rating}'s rule: empty when it has no better
   * direction or no value this year.
   */
  public Optional<Rating> rating(IndicatorComparison comparison) {
    if (comparison.indicator().polarity() == Polarity.NONE || !comparison.value().isPresent()) {
      return Optional.empty();
    }
    Optional<Urgency> urgency = actions.stream().filter(a -> a.restsOn(comparison.indicator()))
        .map(PriorityAction::urgency).min(Enum::compareTo);
    return Optional.of(urgency.map(u -> u == Urgency.IMMEDIATE ? Rating.RED : Rating.AMBER).orElse(Rating.GREEN));
  }

  /** The headlines about one indicator, in the profile's order. */
  public List<Headline> headlines(Indicator indicator) {
    return headlines.stream().filter(h -> h.indicator().equals(indicator)).toList();
  }

  /** The latest graded inspection published by {@code asAt}, if any. */
  public Optional<Inspection> latestGradedInspection() {
    return inspections.stream().filter(i -> i.type().isGraded()).reduce((a, b) -> b);
  }
}
