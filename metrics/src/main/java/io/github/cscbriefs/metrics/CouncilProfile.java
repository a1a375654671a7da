package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.JudgementArea;
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
 * @param statuses the red/amber/green status of each rated indicator ({@link StatusRule}), in
 *     catalogue order; indicators not rated have none
 * @param smallNumbers the figures of the profile's year that rest on small numbers, in catalogue
 *     order
 * @param dataQuality the figures up to the profile's year that the brief questions, by indicator
 *     in catalogue order, oldest first
 * @param ownFigures the council's own figures for years after {@code year} that no publication
 *     covers yet (from its local evidence file), oldest first; never ranked or compared, and shown
 *     beside this year's published comparisons as the council's own. Empty for most profiles.
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
    List<IndicatorStatus> statuses,
    List<SmallNumbers> smallNumbers,
    List<DataQualityFinding> dataQuality,
    List<OwnFigures> ownFigures,
    List<Headline> headlines) {

  /**
   * A profile whose statuses and questioned figures follow from {@code comparisons} by {@link
   * StatusRule#defaults()}; no figure is taken to rest on small numbers, since the comparisons do not
   * hold the denominators ({@link BriefProfiles} computes them), with no own figures of the council
   * and no headline facts.
   */
  public CouncilProfile(Council council, int year, LocalDate asAt, List<IndicatorComparison> comparisons,
      Capacity capacity, List<Inspection> inspections, List<Intervention> interventions,
      List<PriorityAction> actions, boolean shortList, List<PlanProgress> plan, List<Council> predecessors,
      DataVintage vintage) {
    this(council, year, asAt, comparisons, capacity, inspections, interventions, actions, shortList, plan,
        predecessors, vintage, StatusRule.defaults().statuses(comparisons, List.of(),
            StatusRule.defaults().questioned(comparisons)),
        List.of(), StatusRule.defaults().questioned(comparisons), List.of(), List.of());
  }

  public CouncilProfile {
    statuses = List.copyOf(statuses);
    smallNumbers = List.copyOf(smallNumbers);
    dataQuality = List.copyOf(dataQuality);
    comparisons = List.copyOf(comparisons);
    inspections = List.copyOf(inspections);
    interventions = List.copyOf(interventions);
    actions = List.copyOf(actions);
    plan = List.copyOf(plan);
    predecessors = List.copyOf(predecessors);
    java.util.Objects.requireNonNull(vintage, "vintage");
    ownFigures = List.copyOf(ownFigures);
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
   * The indicator's red/amber/green status by {@link StatusRule}: empty when it has no better
   * direction, no value this year, or no rank.
   */
  public Optional<Rating> rating(IndicatorComparison comparison) {
    return status(comparison.indicator()).map(IndicatorStatus::rating);
  }

  /**
   * The indicator's status with its reasons ({@link StatusRule}); empty when it is not rated: no
   * better direction, no value this year, or no rank.
   */
  public Optional<IndicatorStatus> status(Indicator indicator) {
    return statuses.stream().filter(s -> s.indicator().equals(indicator)).findFirst();
  }

  /** The small-numbers finding on the indicator's figure this year, if its figure rests on one. */
  public Optional<SmallNumbers> smallNumbers(Indicator indicator) {
    return smallNumbers.stream().filter(s -> s.indicator().equals(indicator)).findFirst();
  }

  /** The findings questioning the indicator's figures up to the profile's year, oldest first. */
  public List<DataQualityFinding> dataQuality(Indicator indicator) {
    return dataQuality.stream().filter(f -> f.indicator().equals(indicator)).toList();
  }

  /** The headlines about one indicator, in the profile's order. */
  public List<Headline> headlines(Indicator indicator) {
    return headlines.stream().filter(h -> h.indicator().equals(indicator)).toList();
  }

  /** The latest graded inspection published by {@code asAt}, if any. */
  public Optional<Inspection> latestGradedInspection() {
    return inspections.stream().filter(i -> i.type().isGraded()).reduce((a, b) -> b);
  }

  /**
   * The inspections and visits whose report text on {@code area} is recorded (from a local evidence
   * file), oldest first: the latest graded inspection and every visit after it; every one when
   * none was graded. What Ofsted said before its latest judgement is history the judgement has
   * replaced.
   */
  public List<Inspection> findingsOn(JudgementArea area) {
    Optional<Inspection> latest = latestGradedInspection();
    int from = latest.map(inspections::lastIndexOf).orElse(0);
    return inspections.subList(from, inspections.size()).stream()
        .filter(i -> !i.findings(area).isEmpty()).toList();
  }
}
