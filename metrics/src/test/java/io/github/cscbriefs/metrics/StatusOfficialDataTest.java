package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Polarity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The status rule on the bundled official data: statuses are earned by the documented rule, the
 * worst caseload in England is Red and first, tiny councils get no Red from one person, and
 * implausible figures are questioned.
 */
class StatusOfficialDataTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);
  private static final int LATEST = DATA.reportingYears().get(DATA.reportingYears().size() - 1);

  private static Dataset withNorthEastLincolnshiresLocalFile() {
    return new LocalEvidenceReader(DATA.councils(), DATA.indicators())
        .read(Path.of("..", "examples", "local", "north-east-lincolnshire.yaml")).applyTo(DATA);
  }

  @Test
  void theWorstCaseloadInEnglandIsRedAndTheFirstActionWithOrWithoutTheLocalFile() {
    for (Dataset data : List.of(DATA, withNorthEastLincolnshiresLocalFile())) {
      CouncilProfile p = BriefProfiles.of(data).profile(data.councils().require("812"), 2025);
      IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
      assertEquals(caseload.outOf(), caseload.rank(), "North East Lincolnshire's caseload is the highest in England");
      assertEquals(java.util.Optional.of(Rating.RED), p.rating(caseload));
      assertTrue(p.status(Indicators.CASELOAD).orElseThrow().has(StatusReason.WORST_QUARTER));
      assertTrue(p.actions().get(0).restsOn(Indicators.CASELOAD), p.actions().toString());
      assertEquals(Urgency.IMMEDIATE, p.actions().get(0).urgency());
    }
  }

  @Test
  void noInspectionOrInterventionActionOutranksARedIndicator() {
    Dataset data = withNorthEastLincolnshiresLocalFile();
    BriefProfiles profiles = BriefProfiles.of(data);
    for (int year : data.reportingYears()) {
      CouncilProfile p = profiles.profile(data.councils().require("812"), year);
      boolean seenOther = false;
      for (PriorityAction a : p.actions()) {
        boolean red = a.indicator().flatMap(p::status).map(s -> s.rating() == Rating.RED).orElse(false);
        assertFalse(red && seenOther, year + ": " + p.actions());
        seenOther |= !red;
      }
    }
  }

  /**
   * Two focused visits naming the same priority action (a test file: the published reports about
   * North East Lincolnshire do not quote its visits' priority actions), followed by Ofsted's graded
   * inspection of November 2021 in the official data.
   */
  private static Dataset withRepeatedPriorityActions() throws java.io.IOException {
    Path file = java.nio.file.Files.createTempFile("repeated-priority-actions", ".yaml");
    try {
      java.nio.file.Files.writeString(file, String.join("\n",
          "council: North East Lincolnshire",
          "inspections:",
          "  - type: focused-visit",
          "    start: 2019-03-05",
          "    published: 2019-04-10",
          "    priority-actions: [ \"Reduce caseloads so that social workers can work with children\" ]",
          "  - type: focused-visit",
          "    start: 2019-10-08",
          "    published: 2019-11-12",
          "    priority-actions: [ \"Reduce caseloads so that social workers can work with children\" ]",
          ""));
      return new LocalEvidenceReader(DATA.councils(), DATA.indicators()).read(file).applyTo(DATA);
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  @Test
  void aVisitSupersededByALaterGradedInspectionIsLessUrgentAndWeighsLessWithAge() throws Exception {
    CouncilProfile p = BriefProfiles.of(withRepeatedPriorityActions())
        .profile(DATA.councils().require("812"), 2025);
    PriorityAction visit = p.actions().stream().filter(a -> a.kind() == ActionKind.VISIT_REPEATED).findFirst()
        .orElseThrow(() -> new AssertionError(p.actions().toString()));
    var named = (Evidence.PriorityActionsNamed) visit.evidence().get(0);
    assertTrue(p.inspections().stream().anyMatch(i -> i.type().isGraded()
        && i.published().earliest().isAfter(named.visit().published().latest())), "a graded inspection came after the visit");
    assertEquals(Urgency.HIGH, visit.urgency());
    PriorityRules rules = PriorityRules.defaults();
    double fresh = rules.inadequateScore() + rules.repeatBonus();
    assertEquals(fresh * ActionDrafting.ageWeight(named.visit(), p.asAt(), rules), visit.score(), 1e-9);
    assertTrue(visit.score() < fresh / 2, "a visit more than 3 years old weighs less than half: " + visit.score());
  }

  /**
   * Across every council of the latest year, each status is the one the documented rule gives,
   * recomputed here from the comparison's own fields; no band A or B figure is Red and no figure in
   * the worst quarter that is significantly and materially worse than England is anything but Red,
   * unless small numbers or a questioned figure withhold it.
   */
  @Test
  void everyStatusOfTheLatestYearIsEarnedByTheRule() {
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    int[] counts = new int[Rating.values().length];
    DATA.councils().current().forEach(council -> {
      CouncilProfile p = PROFILES.profile(council, LATEST);
      for (IndicatorComparison c : p.comparisons()) {
        java.util.Optional<Rating> rating = p.rating(c);
        if (c.indicator().polarity() == Polarity.NONE || Values.comparable(c.value()).isEmpty() || c.band().isEmpty()) {
          if (rating.isPresent()) {
            wrong.add(council.name() + " " + c.indicator().id() + " is rated without a rank");
          }
          continue;
        }
        Rating expected = expected(c, p.smallNumbers(c.indicator()).isPresent(),
            p.dataQuality(c.indicator()).stream().anyMatch(f -> f.questions(LATEST)));
        counts[expected.ordinal()]++;
        if (!rating.equals(java.util.Optional.of(expected))) {
          wrong.add(council.name() + " " + c.indicator().id() + ": " + rating + ", the rule gives " + expected);
        }
        QuartileBand band = c.band().get();
        if (rating.get() == Rating.RED && (band == QuartileBand.A || band == QuartileBand.B)) {
          wrong.add(council.name() + " " + c.indicator().id() + " is Red in band " + band);
        }
      }
    });
    assertEquals(List.of(), wrong);
    assertTrue(counts[Rating.RED.ordinal()] > 100 && counts[Rating.GREEN.ordinal()] > 100,
        "a real spread of statuses: " + java.util.Arrays.toString(counts));
  }

  /** The rule as METHODOLOGY.md states it, written independently of {@link StatusRule}. */
  private static Rating expected(IndicatorComparison c, boolean small, boolean questioned) {
    double value = Values.comparable(c.value()).orElseThrow(); // low ranks as the least figure above 0
    // higher is better (care leavers in education, long-term stability...): worse is below, and the
    // ratio is the comparator's over the council's
    boolean higher = c.indicator().polarity() == Polarity.HIGHER_IS_BETTER;
    OptionalDouble england = c.england().comparator().asDouble();
    boolean worse = england.isPresent() && (higher ? value < england.getAsDouble() : value > england.getAsDouble());
    double ratio = england.isPresent() ? (higher ? england.getAsDouble() / value : value / england.getAsDouble()) : 0;
    boolean significant = c.interval().map(i -> higher ? i.upper() < england.orElseThrow()
        : i.lower() > england.orElseThrow()).orElse(true);
    boolean clearly = worse && ratio >= 1.10 && significant;
    OptionalDouble neighbours = c.gap(ComparatorKind.NEIGHBOUR_MEAN).comparator().asDouble();
    boolean worseThanNeighbours = worse && neighbours.isPresent()
        && (higher ? neighbours.getAsDouble() >= 1.10 * value : value >= 1.10 * neighbours.getAsDouble());
    boolean worsening = worse && c.trend().direction() == Direction.WORSENING;
    QuartileBand band = c.band().orElseThrow();
    if (band == QuartileBand.D && worse && (clearly || worsening) && !small && !questioned) {
      return Rating.RED;
    }
    return band == QuartileBand.C || band == QuartileBand.D || clearly || worseThanNeighbours || worsening
        ? Rating.AMBER : Rating.GREEN;
  }

  @Test
  void everyRedIndicatorHasAnImmediateActionAndNoGreenOneHasAnAction() {
    List<String> wrong = new ArrayList<>();
    DATA.councils().current().forEach(council -> {
      CouncilProfile p = PROFILES.profile(council, LATEST);
      for (IndicatorStatus s : p.statuses()) {
        List<PriorityAction> on = p.actions().stream().filter(a -> a.restsOn(s.indicator())).toList();
        if (s.rating() == Rating.RED && (on.isEmpty() || on.get(0).urgency() != Urgency.IMMEDIATE)) {
          wrong.add(council.name() + " " + s.indicator().id() + " is Red: " + on);
        }
        if (s.rating() == Rating.GREEN && !on.isEmpty()) {
          wrong.add(council.name() + " " + s.indicator().id() + " is Green with an action");
        }
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void theIslesOfScillysFiguresFromOnePersonOrTwoAreFlaggedAndNeverRed() {
    Council scilly = DATA.councils().require("420");
    for (int year : DATA.reportingYears()) {
      CouncilProfile p = PROFILES.profile(scilly, year);
      for (IndicatorComparison c : p.comparisons()) {
        p.smallNumbers(c.indicator()).ifPresent(s -> assertTrue(s.base() < StatusRule.defaults().smallNumbersBase()));
        if (p.smallNumbers(c.indicator()).isPresent()) {
          assertFalse(p.rating(c).equals(java.util.Optional.of(Rating.RED)), year + " " + c.indicator().id());
        }
      }
    }
    CouncilProfile latest = PROFILES.profile(scilly, LATEST);
    SmallNumbers agency = latest.smallNumbers(Indicators.AGENCY).orElseThrow();
    // The agency rate's base is agency FTE + FTE in post, as published.
    double published = DATA.figuresFor(io.github.cscbriefs.model.Workforce.PUBLICATION, scilly, LATEST).orElseThrow()
        .value(io.github.cscbriefs.model.Workforce.AGENCY_FTE).asDouble().orElseThrow()
        + DATA.figuresFor(io.github.cscbriefs.model.Workforce.PUBLICATION, scilly, LATEST).orElseThrow()
        .value(io.github.cscbriefs.model.Workforce.INPOST_FTE).asDouble().orElseThrow();
    assertEquals(published, agency.base(), 1e-9);
    assertEquals(SmallNumbers.BaseUnit.FTE, agency.unit());
    IndicatorStatus status = latest.status(Indicators.AGENCY).orElseThrow();
    assertEquals(Rating.AMBER, status.rating());
    assertTrue(status.has(StatusReason.SMALL_NUMBERS) && status.redWithheld(), status.toString());
    assertTrue(latest.smallNumbers(Indicators.CASELOAD).isPresent(), "1 case-holding FTE");
    assertTrue(latest.actions().stream().noneMatch(a -> a.urgency() == Urgency.IMMEDIATE && a.indicator().isPresent()),
        latest.actions().toString());
  }

  @Test
  void aCouncilOfOrdinarySizeHasNoSmallNumbers() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), LATEST);
    assertEquals(List.of(), p.smallNumbers());
  }

  @Test
  void seftonsAbsenceOf2022BetweenItsNeighbouringYearsIsQuestioned() {
    Council sefton = DATA.councils().require("343");
    for (int year : List.of(2022, 2024, LATEST)) {
      CouncilProfile p = PROFILES.profile(sefton, year);
      List<DataQualityFinding> absence = p.dataQuality(Indicators.ABSENCE);
      DataQualityFinding.Spike spike = absence.stream().filter(f -> f instanceof DataQualityFinding.Spike)
          .map(f -> (DataQualityFinding.Spike) f).filter(s -> s.year() == 2022).findFirst()
          .orElseThrow(() -> new AssertionError(year + ": " + absence));
      // The published figures the issue quotes: 0.5% in 2022 between 5.7% (2021) and 6.6% (2024; 2023 is u).
      assertEquals(0.5, spike.value(), 1e-9);
      assertEquals(2021, spike.beforeYear());
      assertEquals(5.7, spike.before(), 1e-9);
      assertEquals(2024, spike.afterYear());
      assertEquals(6.6, spike.after(), 1e-9);
    }
    assertTrue(PROFILES.profile(sefton, 2021).dataQuality(Indicators.ABSENCE).stream()
        .noneMatch(f -> f.questions(2022)), "a 2021 brief does not question a later year");
  }

  @Test
  void aRateOfExactlyZeroYearAfterYearIsQuestioned() {
    // Find every run of three or more published 0.0 rates in the data and check each is questioned.
    int runs = 0;
    for (Council council : DATA.councils().current()) {
      CouncilProfile p = PROFILES.profile(council, LATEST);
      for (IndicatorComparison c : p.comparisons()) {
        if (!c.indicator().isRate() || c.indicator().polarity() == Polarity.NONE) {
          continue;
        }
        int run = 0;
        for (SeriesPoint point : c.series()) {
          boolean zero = point.council().asDouble().isPresent() && point.council().asDouble().getAsDouble() == 0;
          run = zero ? run + 1 : 0;
          if (run >= 3) {
            int y = point.year();
            assertTrue(p.dataQuality(c.indicator()).stream().anyMatch(f -> f instanceof DataQualityFinding.ZeroRun
                && f.questions(y)), council.name() + " " + c.indicator().id() + " " + y);
          }
          if (run == 3) {
            runs++;
          }
        }
      }
    }
    assertTrue(runs >= 3, "runs of zeros in the data: " + runs);
  }

  @Test
  void theRuleIsTheSameForEveryIndicator() {
    // Any comparison relabelled as another indicator of the same polarity keeps its status.
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), LATEST);
    StatusRule rule = StatusRule.defaults();
    for (IndicatorComparison c : p.comparisons()) {
      java.util.Optional<IndicatorStatus> own = rule.status(c, false, false);
      for (Indicator other : DATA.indicators().indicators()) {
        if (other.polarity() != c.indicator().polarity()) {
          continue;
        }
        IndicatorComparison relabelled = new IndicatorComparison(other, c.year(), c.value(), c.area(), c.gaps(),
            c.neighbours(), c.standing(), c.trend(), c.interval(), c.series(), c.distribution());
        assertEquals(own.map(IndicatorStatus::rating), rule.status(relabelled, false, false)
            .map(IndicatorStatus::rating), c.indicator().id() + " as " + other.id());
      }
    }
  }

  @Test
  void aLowFigureIsRatedAsTheBestItIs() {
    // Sunderland's agency rate 2024 is published as low: it rounds to 0 but is not 0.
    CouncilProfile p = PROFILES.profile(DATA.councils().require("394"), 2024);
    IndicatorComparison agency = p.comparison(Indicators.AGENCY).orElseThrow();
    assertEquals(io.github.cscbriefs.model.Value.missing(io.github.cscbriefs.model.MissingReason.LOW), agency.value());
    assertEquals(java.util.Optional.of(QuartileBand.A), agency.band());
    assertEquals(java.util.Optional.of(Rating.GREEN), p.rating(agency));
  }
}
