package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.PlacementStability;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregatesTest {

  private static final Fixtures.Counts SMALL = new Fixtures.Counts(10, 5, 0, 0, 10, 100, 0);
  private static final Fixtures.Counts LARGE = new Fixtures.Counts(90, 9, 0, 0, 90, 900, 0);

  @Test
  void englandIsTheRateOfSummedTotalsNotTheMeanOfCouncilRates() {
    Dataset d = Dataset.builder(Fixtures.directory()).figures(List.of(
        Fixtures.councilReturn(Fixtures.LEEDS, 2024, SMALL),
        Fixtures.councilReturn(Fixtures.BARNSLEY, 2024, LARGE))).build();
    Aggregate turnover = Aggregates.of(d).england(RateFormula.TURNOVER, 2024);
    // (5 + 9) / (10 + 90) = 14%, not the mean of 50% and 10%.
    assertEquals(14, turnover.value().asDouble().orElseThrow(), 1e-9);
    assertEquals(List.of("370", "383"), turnover.included());
    assertTrue(turnover.isReproducible());
  }

  @Test
  void londonCountsInnerAndOuterBoroughsAndACombinedReturnOnce() {
    // The data reader gives London boroughs the top-level region; the council type decides the sub-region.
    AreaFigures camden = Workforce.figures(2024, Area.of(Fixtures.CAMDEN), Optional.of(Region.LONDON),
        Fixtures.values(SMALL, 2024));
    AreaFigures pair = Workforce.figures(2024, Area.of(Fixtures.KINGSTON_RICHMOND), Optional.of(Region.LONDON),
        Fixtures.values(LARGE, 2024));
    Dataset d = Dataset.builder(Fixtures.directory()).figures(List.of(camden, pair,
        Fixtures.councilReturn(Fixtures.LEEDS, 2024, LARGE))).build();
    Aggregates a = Aggregates.of(d);
    assertEquals(List.of("202", "314 / 318"), a.region(Region.LONDON, RateFormula.CASELOAD, 2024).included());
    assertEquals(List.of("202"), a.region(Region.INNER_LONDON, RateFormula.CASELOAD, 2024).included());
    assertEquals(List.of("314 / 318"), a.region(Region.OUTER_LONDON, RateFormula.CASELOAD, 2024).included());
    assertEquals(3, a.england(RateFormula.CASELOAD, 2024).included().size());
  }

  @Test
  void lowCountsAsZeroWhileOtherMissingValuesLeaveTheReturnOut() {
    Map<Measure, Value> low = new java.util.LinkedHashMap<>(Fixtures.values(LARGE, 2024));
    low.put(Workforce.LEAVERS_FTE, Value.missing(MissingReason.LOW));
    Map<Measure, Value> withheld = new java.util.LinkedHashMap<>(Fixtures.values(SMALL, 2024));
    withheld.put(Workforce.LEAVERS_FTE, Value.missing(MissingReason.NOT_AVAILABLE));
    Dataset d = Dataset.builder(Fixtures.directory()).figures(List.of(
        Fixtures.councilReturn(Fixtures.LEEDS, 2024, low),
        Fixtures.councilReturn(Fixtures.BARNSLEY, 2024, withheld),
        Fixtures.councilReturn(Fixtures.GATESHEAD, 2024, LARGE))).build();
    Aggregate a = Aggregates.of(d).england(RateFormula.TURNOVER, 2024);
    assertEquals(9 / 180.0 * 100, a.value().asDouble().orElseThrow(), 1e-9);
    assertEquals(List.of(new Aggregate.LeftOut("370", MissingReason.NOT_AVAILABLE)), a.leftOut());
    assertFalse(a.isReproducible(), "DfE's own total includes the withheld figure");
  }

  @Test
  void aReturnMissingInFullIsCarriedForwardFromThePreviousYear() {
    Map<Measure, Value> allX = new LinkedHashMap<>();
    Fixtures.values(SMALL, 2025).keySet().forEach(m -> allX.put(m, Value.missing(MissingReason.NOT_AVAILABLE)));
    Dataset d = Dataset.builder(Fixtures.directory()).figures(List.of(
        Fixtures.councilReturn(Fixtures.CAMDEN, 2024, SMALL),
        Fixtures.councilReturn(Fixtures.CAMDEN, 2025, allX),
        Fixtures.councilReturn(Fixtures.LEEDS, 2025, LARGE))).build();
    Aggregate carried = Aggregates.of(d).england(RateFormula.TURNOVER, 2025);
    assertEquals(14, carried.value().asDouble().orElseThrow(), 1e-9);
    assertEquals(List.of("202"), carried.carriedForward());
    Aggregate strict = Aggregates.of(d, new AggregationRules(java.util.Set.of(MissingReason.LOW), false))
        .england(RateFormula.TURNOVER, 2025);
    assertEquals(10, strict.value().asDouble().orElseThrow(), 1e-9);
  }

  @Test
  void absenceUsesTwoHundredAndFiftyFourWorkingDaysInALeapYear() {
    assertEquals(100.0 / 254, RateFormula.ABSENCE.scale(2024), 1e-12);
    assertEquals(100.0 / 253, RateFormula.ABSENCE.scale(2025), 1e-12);
    assertEquals(1, RateFormula.CASELOAD.scale(2025));
  }

  @Test
  void aRatePer10000IsScaledBy10000AndAPercentageBy100InEveryYear() {
    for (int year = 2013; year <= 2025; year++) {
      assertEquals(10_000, RateFormula.CLA_RATE_PER_10000.scale(year));
      assertEquals(100, RateFormula.REREFERRALS.scale(year));
      assertEquals(100, RateFormula.CARE_LEAVERS_SUITABLE_19_21.scale(year));
    }
  }

  @Test
  void anExactHalfOfACountRatioStaysAHalf() {
    // Lambeth's 2024 long-term stability: 46 of 80 children, published 58%. 46 ÷ 80 × 100 is 57.49999999999999
    // in floating point; 46 × 100 ÷ 80 is 57.5, which rounds half up to DfE's 58.
    AreaFigures lambeth = new AreaFigures(RateFormula.LONG_TERM_STABILITY.publication(), 2024,
        Area.council("208", "Lambeth"), Optional.empty(), Map.of(
            PlacementStability.LONG_TERM_SAME_CARER, Value.of(46),
            PlacementStability.LONG_TERM_TOTAL, Value.of(80)));
    assertEquals(Value.of(57.5), Aggregates.sum(RateFormula.LONG_TERM_STABILITY, 2024, "208", List.of(lambeth),
        AggregationRules.dfe()).value());
  }
}
