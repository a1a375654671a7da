package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What the trend says about a run worse than England, a gap's closure and a {@code low} figure, on
 * the bundled official data, for the councils and years issue 13 names. Expectations are derived
 * from each council's published series, not copied from output.
 */
class OfficialDataTrendTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);

  private static IndicatorComparison comparison(String laCode, int year, Indicator indicator) {
    return PROFILES.profile(DATA.councils().require(laCode), year).comparison(indicator).orElseThrow();
  }

  /** The worst series point among {@code years} ending with the profile's year, the earliest on a tie. */
  private static SeriesPoint worstOf(IndicatorComparison c, int fromYear, int toYear) {
    Polarity p = c.indicator().polarity();
    return c.series().stream().filter(s -> s.year() >= fromYear && s.year() <= toYear)
        .reduce((a, b) -> p.compareBetter(b.council().asDouble().getAsDouble(),
            a.council().asDouble().getAsDouble()) > 0 ? b : a).orElseThrow();
  }

  @Test
  void atWorstIsTheWorstOfTheRunNotOfAllTime() {
    record Case(String laCode, int year, Indicator indicator) {
    }
    for (Case k : List.of(new Case("866", 2024, Indicators.TURNOVER), new Case("856", 2021, Indicators.CASELOAD),
        new Case("856", 2024, Indicators.CASELOAD))) {
      IndicatorComparison c = comparison(k.laCode(), k.year(), k.indicator());
      int n = c.trend().yearsWorseThanEngland();
      assertTrue(n >= 1, k.toString());
      SeriesPoint expected = worstOf(c, k.year() - n + 1, k.year());
      SeriesPoint allTime = worstOf(c, 0, k.year());
      assertNotEquals(allTime.year(), expected.year(), k + ": the all-time worst lies outside the run");
      assertEquals(Optional.of(new WorstYear(expected.year(), expected.council(), expected.england())),
          c.trend().worstOfRun(), k.toString());
    }
  }

  @Test
  void aGapWhoseSlopeIsExactlyZeroIsNotClosing() {
    record Case(String laCode, int year, Indicator indicator) {
    }
    for (Case k : List.of(new Case("370", 2019, Indicators.CASELOAD), new Case("312", 2019, Indicators.TURNOVER),
        new Case("887", 2023, Indicators.ABSENCE), new Case("380", 2024, Indicators.ABSENCE),
        new Case("351", 2025, Indicators.TURNOVER))) {
      IndicatorComparison c = comparison(k.laCode(), k.year(), k.indicator());
      assertTrue(c.england().worse(), k.toString());
      // Gaps in tenths (DfE publishes one decimal place): their least-squares slope's numerator.
      Map<Integer, Long> gaps = gapsInTenths(c, k.year());
      long n = gaps.size();
      long sx = gaps.keySet().stream().mapToLong(y -> y).sum();
      long sg = gaps.values().stream().mapToLong(g -> g).sum();
      long sxg = gaps.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
      assertEquals(0, n * sxg - sx * sg, k + ": the published gaps have no slope");
      assertEquals(new GapClosure(GapClosure.Status.NOT_CLOSING, Optional.empty()), c.trend().gapClosure(),
          k.toString());
    }
  }

  private static Map<Integer, Long> gapsInTenths(IndicatorComparison c, int year) {
    Map<Integer, Long> gaps = new TreeMap<>();
    c.series().stream().filter(p -> p.year() > year - 5 && p.year() <= year)
        .filter(p -> p.council().isPresent() && p.england().isPresent())
        .forEach(p -> gaps.put(p.year(), Math.round(p.council().asDouble().getAsDouble() * 10)
            - Math.round(p.england().asDouble().getAsDouble() * 10)));
    return gaps;
  }

  /**
   * An independent recomputation of every closure, for every council, year and indicator: the
   * council's and England's lines fitted (Guava, through {@link SlopeFit}) on the same years, and
   * the years to close rounded up after allowing for floating-point noise.
   */
  @Test
  void everyClosureYearIsWhereTheLinesFittedOnTheSameYearsMeet() {
    List<String> wrong = new ArrayList<>();
    int closing = 0;
    for (Council council : DATA.councils().current()) {
      for (int year : DATA.reportingYears()) {
        for (IndicatorComparison c : PROFILES.profile(council, year).comparisons()) {
          if (c.indicator().polarity() == Polarity.NONE || !c.england().worse()) {
            continue;
          }
          Optional<Integer> expected = expectedClosure(c, year);
          GapClosure actual = c.trend().gapClosure();
          closing += actual.year().isPresent() ? 1 : 0;
          if (!actual.year().equals(expected)) {
            wrong.add(council.name() + " " + year + " " + c.indicator().id() + ": " + actual + ", expected " + expected);
          }
        }
      }
    }
    assertTrue(closing > 100, "closures found: " + closing);
    assertEquals(List.of(), wrong);
  }

  private static Optional<Integer> expectedClosure(IndicatorComparison c, int year) {
    Map<Integer, Double> council = new TreeMap<>();
    Map<Integer, Double> england = new TreeMap<>();
    c.series().stream().filter(p -> p.year() > year - 5 && p.year() <= year)
        .filter(p -> p.council().isPresent() && p.england().isPresent()).forEach(p -> {
          council.put(p.year(), p.council().asDouble().getAsDouble());
          england.put(p.year(), p.england().asDouble().getAsDouble());
        });
    if (council.size() < 3 || !council.containsKey(year)) {
      return Optional.empty();
    }
    double gapSlope = SlopeFit.of(council).orElseThrow().slope() - SlopeFit.of(england).orElseThrow().slope();
    double gap = council.get(year) - england.get(year);
    if (Math.abs(gapSlope) < 1e-9 || Math.signum(gapSlope) == Math.signum(gap)) {
      return Optional.empty();
    }
    long years = (long) Math.ceil(Math.abs(gap / gapSlope) - 1e-9);
    return years <= GapClosure.HORIZON_YEARS ? Optional.of(year + (int) years) : Optional.empty();
  }

  @Test
  void portsmouthsTurnoverGapIsJudgedOnTheYearsBothPublished() {
    IndicatorComparison c = comparison("851", 2025, Indicators.TURNOVER);
    SeriesPoint missing = c.series().stream().filter(p -> p.year() == 2021).findFirst().orElseThrow();
    assertEquals(Value.missing(MissingReason.NOT_AVAILABLE), missing.council(), "leavers x in 2021");
    assertTrue(missing.england().isPresent());
    assertEquals(expectedClosure(c, 2025), c.trend().gapClosure().year());
    assertEquals(4, gapsInTenths(c, 2025).size());
  }

  @Test
  void sunderlandsLowAgencyRateRanksAsTheSmallestFigureAfterTheZeros() {
    for (int year : List.of(2023, 2024, 2025)) {
      IndicatorComparison c = comparison("394", year, Indicators.AGENCY);
      assertEquals(Value.missing(MissingReason.LOW), c.value(), "published as low in " + year);
      Distribution d = c.distribution();
      long zeros = d.values().stream().filter(v -> !v.low() && v.value() == 0).count();
      long lows = d.values().stream().filter(CouncilValue::low).count();
      Standing s = c.standing().orElseThrow(() -> new AssertionError("Sunderland unranked in " + year));
      assertEquals(1 + zeros, s.rank(), "ranked after the councils at exactly 0 in " + year);
      assertEquals(d.values().size(), s.outOf());
      assertTrue(lows >= 1);
      assertEquals(QuartileBand.A, s.band());
      assertTrue(!c.england().worse());
      assertEquals(GapClosure.Status.NO_GAP, c.trend().gapClosure().status());
      // Agency FTE rounds to 0, far under what England's rate allows of 200-odd employed FTE.
      assertEquals(Value.missing(MissingReason.LOW),
          DATA.figuresFor(io.github.cscbriefs.model.Workforce.PUBLICATION, DATA.councils().require("394"), year)
              .orElseThrow().value(io.github.cscbriefs.model.Workforce.AGENCY_FTE));
      assertEquals(Value.of(0), PROFILES.profile(DATA.councils().require("394"), year).capacity().agencyToConvert());
    }
  }

  @Test
  void aLowFigureTiesWithOtherLowsAndSortsBetweenZeroAndTheSmallestNumber() {
    Distribution d = comparison("394", 2024, Indicators.AGENCY).distribution();
    List<CouncilValue> sorted = d.values();
    assertEquals(sorted.stream().sorted(Comparator.comparingDouble(CouncilValue::value)).toList(), sorted);
    int firstLow = sorted.indexOf(sorted.stream().filter(CouncilValue::low).findFirst().orElseThrow());
    assertTrue(sorted.subList(0, firstLow).stream().allMatch(v -> v.value() == 0));
    assertTrue(sorted.get(firstLow + 1).value() > 0 && !sorted.get(firstLow + 1).low());
    assertEquals(Value.missing(MissingReason.LOW), sorted.get(firstLow).figure());
  }
}
