package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Judgement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The acceptance stories on the bundled official data. */
class OfficialDataProfilesTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);
  private static final Set<Indicator> CASELOAD_AND_STABILITY = Set.of(Indicators.CASELOAD, Indicators.TURNOVER,
      Indicators.AGENCY, Indicators.VACANCY);

  @Test
  void northEastLincolnshireIn2020IsToldToCutCaseloadsStabiliseItsWorkforceAndHoldConferencesInTimeFirst() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), 2020);
    List<Indicator> top = p.actions().stream().limit(5).flatMap(a -> a.indicator().stream()).toList();
    assertEquals(5, top.size(), p.actions().toString());
    // the highest caseload in England leads; with it the workforce's instability and, in help and
    // protection, initial conferences: 50.3% within 15 working days against England's 77.7%
    Set<Indicator> expected = new java.util.HashSet<>(CASELOAD_AND_STABILITY);
    expected.add(Indicators.ICPC_WITHIN_15_DAYS);
    assertTrue(expected.containsAll(top), top.toString());
    assertTrue(top.contains(Indicators.ICPC_WITHIN_15_DAYS), top.toString());
    assertEquals(Indicators.CASELOAD, top.get(0), top.toString());
    IndicatorComparison conferences = p.comparison(Indicators.ICPC_WITHIN_15_DAYS).orElseThrow();
    assertEquals(50.3, conferences.value().asDouble().orElseThrow(), 1e-9);
    assertEquals(77.7, conferences.england().comparator().asDouble().orElseThrow(), 1e-9);
    assertEquals(Urgency.IMMEDIATE, p.actions().get(0).urgency());

    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    assertEquals(24.9, caseload.value().asDouble().orElseThrow(), 1e-9);
    assertEquals(16.3, caseload.england().comparator().asDouble().orElseThrow(), 1e-9);
    Standing s = caseload.standing().orElseThrow();
    assertEquals(s.outOf(), s.rank(), "the highest caseload in England");
    assertEquals(QuartileBand.D, s.band());
    assertTrue(p.capacity().socialWorkersNeeded().asDouble().orElseThrow() > 0);
    assertTrue(p.actions().stream().filter(a -> a.urgency() == Urgency.IMMEDIATE).count() > 1, p.actions().toString());
  }

  @Test
  void theProfileSaysWhatDatesItsFactsDescribe() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), 2021);
    assertEquals(java.time.LocalDate.of(2021, 9, 30), p.vintage().figures().end());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 3, 31)), p.vintage().inspectionsAsAt());
    assertEquals(java.time.LocalDate.of(2022, 3, 31), p.vintage().historyAsAt());
    Dataset undated = DATA.toBuilder().inspectionsAsAt(java.util.Optional.empty()).build();
    assertTrue(BriefProfiles.of(undated).profile(DATA.councils().require("812"), 2021).vintage().inspectionsAsAt()
        .isEmpty());
  }

  @Test
  void northNorthamptonshiresHistoryBeginsWithNorthamptonshire() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("940"), 2021);
    assertEquals(List.of("928"), p.predecessors().stream().map(c -> c.laCode()).toList());
    Inspection inadequate2019 = p.latestGradedInspection().orElseThrow();
    assertEquals("928", inadequate2019.laCode(), "its own first inspection came in October 2022");
    assertEquals(Judgement.INADEQUATE, inadequate2019.overall().orElseThrow());
    assertTrue(p.isPredecessor("928"));
    assertEquals("Northamptonshire", p.councilOf("928").name());
    CouncilProfile later = PROFILES.profile(DATA.councils().require("940"), 2024);
    assertEquals("940", later.latestGradedInspection().orElseThrow().laCode());
    assertEquals(java.time.LocalDate.of(2019, 6, 17), later.inspections().get(0).start().earliest());
  }

  @Test
  void aGoodCouncilWithFiguresBetterThanEnglandGetsAShortListThatSaysSo() {
    for (String code : List.of("381", "845")) { // Calderdale and East Sussex, 2024
      CouncilProfile p = PROFILES.profile(DATA.councils().require(code), 2024);
      assertEquals(Judgement.GOOD, p.latestGradedInspection().orElseThrow().overall().orElseThrow());
      assertTrue(p.shortList(), p.actions().toString());

    }
  }

  @Test
  void northEastLincolnshireAfterItsInadequateInspectionHasImmediateJudgementActions() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), 2021);
    assertTrue(p.actions().stream().anyMatch(a -> a.kind() == ActionKind.JUDGEMENT
        && a.urgency() == Urgency.IMMEDIATE), p.actions().toString());
  }

  @Test
  void everyCurrentCouncilHasAProfileForEveryYearWithoutFailing() {
    for (int year : List.of(2017, 2021, 2025)) {
      DATA.councils().current().forEach(c -> {
        CouncilProfile p = PROFILES.profile(c, year);
        assertEquals(DATA.indicators().indicators().size(), p.comparisons().size());
      });
    }
  }

  @Test
  void oneInstanceSharedByThreadsGivesTheProfilesAFreshInstanceGives() {
    // BriefProfiles keeps series and distributions it has computed; asked from several threads at
    // once, in any order, it must answer as an instance that has computed nothing yet.
    BriefProfiles shared = BriefProfiles.of(DATA);
    List<String> codes = List.of("812", "314", "318", "940", "941", "209", "909");
    List<int[]> asks = codes.stream().flatMap(code -> DATA.reportingYears().stream()
        .map(y -> new int[] {codes.indexOf(code), y})).toList();
    List<CouncilProfile> parallel = asks.parallelStream()
        .map(a -> shared.profile(DATA.councils().require(codes.get(a[0])), a[1])).toList();
    for (int i = 0; i < asks.size(); i++) {
      int[] a = asks.get(i);
      assertEquals(BriefProfiles.of(DATA).profile(DATA.councils().require(codes.get(a[0])), a[1]), parallel.get(i),
          codes.get(a[0]) + " " + a[1]);
    }
  }
}
