package io.github.cscbriefs.metrics;

import static io.github.cscbriefs.testkit.Fixtures.STEADY;
import static io.github.cscbriefs.testkit.Fixtures.STRETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.InterventionType;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Fixtures;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BriefProfilesTest {

  private static final Set<Indicator> WORKFORCE_STABILITY = Set.of(Indicators.CASELOAD, Indicators.TURNOVER,
      Indicators.AGENCY, Indicators.VACANCY);

  @Test
  void aStretchedCouncilsTopActionsAreAboutCaseloadAndWorkforceStability() {
    CouncilProfile p = BriefProfiles.of(Fixtures.dataset()).profile(STRETCHED, 2020);
    assertTrue(p.actions().size() >= 4, p.actions().toString());
    p.actions().subList(0, 4).forEach(a -> assertTrue(a.kind() == ActionKind.INDICATOR
        && WORKFORCE_STABILITY.contains(a.indicator().orElseThrow()), a.toString()));
    PriorityAction caseload = p.actions().stream().filter(a -> a.restsOn(Indicators.CASELOAD))
        .findFirst().orElseThrow();
    assertEquals(Urgency.IMMEDIATE, caseload.urgency());
    assertEquals(Optional.of(Indicators.CASELOAD), caseload.indicator());
    assertEquals(Optional.of(JudgementArea.IMPACT_OF_LEADERS), caseload.area());
    assertEquals(OwnerRole.DIRECTOR_OF_CHILDRENS_SERVICES, caseload.owner());
    assertEquals(LocalDate.of(2022, 9, 30), caseload.targetDate());
    Evidence.AgainstEngland first = (Evidence.AgainstEngland) caseload.evidence().get(0);
    assertEquals(2020, first.year());
    assertEquals(p.comparison(Indicators.CASELOAD).orElseThrow().england().comparator(), first.england());
    assertEquals(new Baseline.Figure(Indicators.CASELOAD, 2020, p.comparison(Indicators.CASELOAD).orElseThrow()
        .value()), caseload.baseline());
    assertEquals(TargetSource.ENGLAND, ((Target.Figure) caseload.target()).source());
    assertFalse(p.shortList());
  }

  @Test
  void aGoodCouncilWithFiguresBetterThanEnglandGetsAShortListThatSaysSo() {
    Dataset d = Fixtures.dataset(List.of(Fixtures.graded(STEADY, LocalDate.of(2019, 5, 1), Judgement.GOOD,
        Judgement.GOOD)), List.of());
    CouncilProfile p = BriefProfiles.of(d).profile(STEADY, 2020);
    assertTrue(p.shortList());
    assertTrue(p.actions().isEmpty(), () -> p.actions().toString());
    assertEquals(Judgement.GOOD, p.latestGradedInspection().orElseThrow().overall().orElseThrow());
  }

  @Test
  void eachAreaBelowGoodBecomesAnActionAndInadequateIsImmediate() {
    Dataset d = Fixtures.dataset(List.of(Fixtures.graded(STEADY, LocalDate.of(2020, 2, 1),
        Judgement.INADEQUATE, Judgement.REQUIRES_IMPROVEMENT)), List.of());
    CouncilProfile p = BriefProfiles.of(d).profile(STEADY, 2020);
    Map<JudgementArea, Urgency> byArea = p.actions().stream().filter(a -> a.kind() == ActionKind.JUDGEMENT)
        .collect(Collectors.toMap(a -> a.area().orElseThrow(), PriorityAction::urgency));
    assertEquals(Map.of(JudgementArea.OVERALL_EFFECTIVENESS, Urgency.IMMEDIATE,
        JudgementArea.IMPACT_OF_LEADERS, Urgency.HIGH,
        JudgementArea.HELP_AND_PROTECTION, Urgency.HIGH,
        JudgementArea.CHILDREN_IN_CARE, Urgency.HIGH), byArea);
    assertEquals(ActionKind.JUDGEMENT, p.actions().get(0).kind());
    assertEquals(Value.of(4), p.actions().get(0).baseline().value());
    assertEquals(new Target.GoodAtNextInspection(), p.actions().get(0).target());
  }

  @Test
  void anAreaBelowGoodAtTwoInspectionsRunningIsRaisedAsCriticisedAgain() {
    Dataset d = Fixtures.dataset(List.of(
        Fixtures.graded(STEADY, LocalDate.of(2017, 2, 1), Judgement.REQUIRES_IMPROVEMENT, Judgement.REQUIRES_IMPROVEMENT),
        Fixtures.graded(STEADY, LocalDate.of(2020, 2, 1), Judgement.REQUIRES_IMPROVEMENT, Judgement.GOOD)), List.of());
    CouncilProfile p = BriefProfiles.of(d).profile(STEADY, 2020);
    PriorityAction repeated = p.actions().get(0);
    assertEquals(ActionKind.JUDGEMENT_REPEATED, repeated.kind());
    assertEquals(Urgency.IMMEDIATE, repeated.urgency());
    assertEquals(2, repeated.evidence().size());
  }

  @Test
  void aPriorityActionNotAddressedAtALaterVisitIsEscalated() {
    Dataset d = Fixtures.dataset(List.of(
        Fixtures.visit(STEADY, LocalDate.of(2019, 6, 1), "Front door",
            List.of("Reduce social workers' caseloads so that children are seen in time")),
        Fixtures.visit(STEADY, LocalDate.of(2020, 6, 1), "Children in care",
            List.of("Reduce caseloads of social workers so children are seen in time"))), List.of());
    CouncilProfile p = BriefProfiles.of(d).profile(STEADY, 2020);
    assertEquals(ActionKind.VISIT_REPEATED, p.actions().get(0).kind());
    assertTrue(p.actions().get(0).evidence().get(0) instanceof Evidence.PriorityActionsNamed,
        p.actions().get(0).evidence().toString());
    assertTrue(p.actions().get(0).evidence().stream().anyMatch(e -> e instanceof Evidence.RepeatedPriorityAction),
        p.actions().get(0).evidence().toString());
    assertEquals(Urgency.IMMEDIATE, p.actions().get(0).urgency());
  }

  @Test
  void inspectionsPublishedAfterTheAsAtDateAreLeftOut() {
    Dataset d = Fixtures.dataset(List.of(Fixtures.graded(STEADY, LocalDate.of(2021, 10, 4),
        Judgement.INADEQUATE, Judgement.INADEQUATE)), List.of());
    CouncilProfile p = BriefProfiles.of(d).profile(STEADY, 2020);
    assertTrue(p.inspections().isEmpty());
    assertTrue(p.actions().isEmpty());
  }

  @Test
  void aStatutoryInterventionInForceIsAnImmediateAction() {
    Dataset d = Fixtures.dataset(List.of(), List.of(Fixtures.intervention(STEADY, InterventionType.COMMISSIONER,
        LocalDate.of(2020, 1, 10))));
    CouncilProfile p = BriefProfiles.of(d).profile(STEADY, 2020);
    assertEquals(1, p.interventions().size());
    assertEquals(ActionKind.INTERVENTION, p.actions().get(0).kind());
    assertEquals(OwnerRole.CHIEF_EXECUTIVE_AND_LEAD_MEMBER, p.actions().get(0).owner());
    assertEquals(Urgency.IMMEDIATE, p.actions().get(0).urgency());
    assertTrue(p.shortList());
    assertEquals(1, p.actions().size());
  }

  @Test
  void everyIndicatorOfTheCatalogueIsCompared() {
    Dataset d = Fixtures.dataset();
    CouncilProfile p = BriefProfiles.of(d, MetricsSettings.defaults().withMinimumField(8)).profile(STRETCHED, 2020);
    assertEquals(d.indicators().indicators(), p.comparisons().stream().map(IndicatorComparison::indicator).toList());
    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    assertEquals(Fixtures.YEARS, caseload.series().stream().map(SeriesPoint::year).toList());
    assertEquals(Direction.WORSENING, caseload.trend().direction());
    assertEquals(5, caseload.trend().yearsWorseThanEngland());
    assertEquals(GapClosure.Status.NOT_CLOSING, caseload.trend().gapClosure().status());
    assertEquals(QuartileBand.D, caseload.standing().orElseThrow().band());
    assertEquals(8, caseload.standing().orElseThrow().outOf());
    assertEquals(8, caseload.distribution().values().size());
  }

  @Test
  void aCouncilIsRankedAndBandedOnlyAmongEnoughCouncils() {
    // The fixture's 8 councils are fewer than the default field of 20: no rank, no band, and why.
    IndicatorComparison caseload = BriefProfiles.of(Fixtures.dataset()).profile(STRETCHED, 2020)
        .comparison(Indicators.CASELOAD).orElseThrow();
    assertTrue(caseload.standing().isEmpty());
    assertTrue(caseload.unrankedForTooFewCouncils());
    assertEquals(8, caseload.distribution().values().size());
    assertTrue(BriefProfiles.of(Fixtures.dataset(), MetricsSettings.defaults().withMinimumField(9))
        .profile(STRETCHED, 2020).comparison(Indicators.CASELOAD).orElseThrow().standing().isEmpty());
    assertEquals(8, BriefProfiles.of(Fixtures.dataset(), MetricsSettings.defaults().withMinimumField(8))
        .profile(STRETCHED, 2020).comparison(Indicators.CASELOAD).orElseThrow().standing().orElseThrow().outOf());
    assertThrows(MetricsException.class, () -> MetricsSettings.defaults().withMinimumField(1));
  }

  @Test
  void neighbourMeanLeavesOutMissingValuesAndCountsContributors() {
    Dataset d = Fixtures.dataset();
    // Barnsley's 2020 caseload withheld: the neighbour mean must use the others only.
    Map<Measure, Value> values = new java.util.LinkedHashMap<>(Fixtures.values(Fixtures.typical(150), 2020));
    values.put(Workforce.CASELOAD_FTE, Value.missing(MissingReason.SUPPRESSED));
    AreaFigures barnsley = Fixtures.councilReturn(Fixtures.BARNSLEY, 2020, values);
    Dataset withGap = d.toBuilder().replaceFigures(List.of(barnsley)).build();
    Gap mean = BriefProfiles.of(withGap).profile(STRETCHED, 2020).comparison(Indicators.CASELOAD).orElseThrow()
        .gap(ComparatorKind.NEIGHBOUR_MEAN);
    // Neighbours: STEADY (12), Barnsley (withheld), Gateshead (16), Kingston and Richmond (one return, 16).
    assertEquals(3, mean.contributors());
    assertEquals((12 + 16 + 16) / 3.0, mean.comparator().asDouble().orElseThrow(), 1e-9);
  }

  @Test
  void aMissingValueStaysMissingWithItsReasonThroughEveryComparison() {
    Map<Measure, Value> values = new java.util.LinkedHashMap<>(Fixtures.values(Fixtures.strong(120), 2020));
    values.put(Workforce.AGENCY_RATE_FTE, Value.missing(MissingReason.LOW_RELIABILITY));
    Dataset d = Fixtures.dataset().toBuilder()
        .replaceFigures(List.of(Fixtures.councilReturn(STEADY, 2020, values))).build();
    IndicatorComparison agency = BriefProfiles.of(d).profile(STEADY, 2020).comparison(Indicators.AGENCY).orElseThrow();
    Value u = Value.missing(MissingReason.LOW_RELIABILITY);
    assertEquals(u, agency.value());
    agency.gaps().forEach(g -> assertEquals(u, g.difference(), g.kind().name()));
    agency.gaps().forEach(g -> assertEquals(u, g.ratio(), g.kind().name()));
    assertEquals(u, agency.trend().changeOnLastYear());
    assertTrue(agency.standing().isEmpty());
    assertTrue(agency.interval().isEmpty());
    assertEquals(GapClosure.Status.UNKNOWN, agency.trend().gapClosure().status());
  }

  @Test
  void capacityUsesACallersCaseloadTarget() {
    CouncilProfile p = BriefProfiles.of(Fixtures.dataset(), MetricsSettings.defaults().withCaseloadTarget(15))
        .profile(STRETCHED, 2020);
    // 2020 stretched: 84 case-holders, 84 × 20 × 1.6 = 2688 cases; 2688 / 15 − 84 = 95.2.
    assertEquals(95.2, p.capacity().socialWorkersNeeded().asDouble().orElseThrow(), 1e-9);
    assertEquals(TargetSource.CALLER, p.capacity().targetSource());
    PriorityAction caseload = p.actions().stream().filter(a -> a.restsOn(Indicators.CASELOAD)).findFirst().orElseThrow();
    assertEquals(new Target.Figure(Indicators.CASELOAD, 2020, Value.of(15), TargetSource.CALLER), caseload.target());
  }

  @Test
  void anUnknownYearIsRefusedWithTheYearsKnown() {
    MetricsException e = org.junit.jupiter.api.Assertions.assertThrows(MetricsException.class,
        () -> BriefProfiles.of(Fixtures.dataset()).profile(STRETCHED, 2030));
    assertEquals("year", e.problems().get(0).where().field().orElseThrow());
    assertEquals("2030", e.problems().get(0).value());
  }

  @Test
  void aMemberOfACombinedReturnTakesChildrenInCareFiguresFromItsOwnRow() {
    // The children-in-care release lists Kingston alone, beside the Kingston / Richmond workforce return.
    Map<Measure, Value> cla = new LinkedHashMap<>();
    cla.put(SocialWorkerStability.CLA_TOTAL, Value.of(100));
    cla.put(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS, Value.of(30));
    cla.put(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE, Value.of(30));
    Dataset d = Fixtures.dataset().toBuilder()
        .figures(List.of(Fixtures.councilReturn(Fixtures.KINGSTON, 2020, cla))).build();
    CouncilProfile p = BriefProfiles.of(d).profile(Fixtures.KINGSTON, 2020);
    IndicatorComparison c = p.comparison(Indicators.CLA_SOCIAL_WORKER_CHANGES).orElseThrow();
    assertEquals(Value.of(30), c.value());
    assertEquals(100, c.interval().orElseThrow().trials());
    assertEquals(Value.of(16), p.comparison(Indicators.CASELOAD).orElseThrow().value());
  }
}
