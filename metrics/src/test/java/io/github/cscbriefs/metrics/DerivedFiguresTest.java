package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.ChildrenLookedAfter;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures no release publishes, computed from each row's own published counts. */
class DerivedFiguresTest {

  private static final Dataset DATA = DerivedFigures.complete(OfficialData.load());

  private static AreaFigures cin(Map<Measure, Value> values) {
    return ChildrenInNeed.figures(2024, Area.england(), Optional.empty(), values);
  }

  @Test
  void aRatePer10000IsTheCountOverThePopulationRoundedHalfUpToOnePlace() {
    Map<Measure, Value> v = new LinkedHashMap<>();
    v.put(ChildrenInNeed.AT31_EPISODES, Value.of(2214));
    v.put(ChildrenInNeed.POPULATION_ESTIMATE, Value.of(33205));
    v.put(ChildrenInNeed.REFERRALS, Value.of(1));
    v.put(ChildrenInNeed.ICPC, Value.of(8));
    v.put(ChildrenInNeed.ICPC_DURATION_0_10_DAYS, Value.of(3));
    v.put(ChildrenInNeed.ICPC_DURATION_11_15_DAYS, Value.of(4));
    AreaFigures row = DerivedFigures.complete(cin(v));
    assertEquals(Value.of(666.8), row.value(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000)); // 666.767...
    // 1 ÷ 33,205 × 10,000 = 0.30116: 0.3
    assertEquals(Value.of(0.3), row.value(ChildrenInNeed.REFERRALS_PER_10000));
    // 7 of 8 conferences within 15 working days: 87.5 exactly, printed as it is
    assertEquals(Value.of(87.5), row.value(ChildrenInNeed.ICPC_WITHIN_15_DAYS_PERCENT));
    // half-way rounds up: 1 of 8 = 12.5%, and 0.25 would round to 0.3 (not 0.2)
    Map<Measure, Value> half = new LinkedHashMap<>(v);
    half.put(ChildrenInNeed.AT31_EPISODES, Value.of(1));
    half.put(ChildrenInNeed.POPULATION_ESTIMATE, Value.of(40000));
    assertEquals(Value.of(0.3), DerivedFigures.complete(cin(half)).value(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000));
  }

  @Test
  void aMissingInputKeepsItsReasonAndNoConferencesHeldIsNotApplicable() {
    Map<Measure, Value> v = new LinkedHashMap<>();
    v.put(ChildrenInNeed.AT31_EPISODES, Value.missing(MissingReason.SUPPRESSED));
    v.put(ChildrenInNeed.POPULATION_ESTIMATE, Value.of(33205));
    v.put(ChildrenInNeed.SECTION_47, Value.of(40));
    v.put(ChildrenInNeed.ICPC, Value.of(0));
    v.put(ChildrenInNeed.ICPC_DURATION_0_10_DAYS, Value.of(0));
    v.put(ChildrenInNeed.ICPC_DURATION_11_15_DAYS, Value.of(0));
    AreaFigures row = DerivedFigures.complete(cin(v));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), row.value(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000));
    assertEquals(Value.of(12.0), row.value(ChildrenInNeed.SECTION_47_PER_10000));
    assertEquals(Value.missing(MissingReason.NOT_APPLICABLE), row.value(ChildrenInNeed.ICPC_WITHIN_15_DAYS_PERCENT));
    // no plans count in the row at all: cannot be computed, never 0
    assertEquals(Value.missing(MissingReason.NOT_COMPUTABLE), row.value(ChildrenInNeed.CPP_PER_10000));
    // without the population every rate is missing
    v.remove(ChildrenInNeed.POPULATION_ESTIMATE);
    assertEquals(Value.missing(MissingReason.NOT_COMPUTABLE),
        DerivedFigures.complete(cin(v)).value(ChildrenInNeed.SECTION_47_PER_10000));
  }

  @Test
  void aRowOfAnotherPublicationIsLeftAsItIs() {
    AreaFigures workforce = DATA.figures(Workforce.PUBLICATION, "812", 2021).orElseThrow();
    assertSame(workforce, DerivedFigures.complete(workforce));
  }

  @Test
  void englandsRatesComeFromItsOwnPublishedCounts() {
    AreaFigures england = DATA.england(ChildrenInNeed.PUBLICATION, 2025).orElseThrow();
    // 402,400 children in need on 31 March 2025 over 12,183,016 children at mid-2024
    assertEquals(Value.of(12183016), england.value(ChildrenInNeed.POPULATION_ESTIMATE));
    assertEquals(Value.of(330.3), england.value(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000));
  }

  /**
   * The children looked after release publishes its own rate per 10,000, rounded to a whole number:
   * the one-place rate computed from its counts rounds to it for every area and year it has both.
   */
  @Test
  void theChildrenInCareRateAgreesWithDfEsPublishedWholeNumberEverywhere() {
    int compared = 0;
    for (AreaFigures row : DATA.figures(ChildrenLookedAfter.PUBLICATION)) {
      Value published = row.value(ChildrenLookedAfter.RATE_PER_10000);
      Value computed = row.value(ChildrenLookedAfter.CHILDREN_PER_10000);
      if (published.isPresent() && computed.isPresent()) {
        double exact = row.value(ChildrenLookedAfter.CHILDREN).asDouble().orElseThrow()
            / row.value(ChildrenLookedAfter.POPULATION_ESTIMATE).asDouble().orElseThrow() * 10_000;
        if (row.area().level() == io.github.cscbriefs.model.GeographicLevel.LOCAL_AUTHORITY) {
          assertEquals(published.asDouble().orElseThrow(), Math.floor(exact + 0.5), 1e-9,
              row.area() + " " + row.year() + " " + exact);
        } else {
          // England's and the regions' counts are published rounded to the nearest 10 (83,530), so a
          // rate from them can fall either side of DfE's own rounding (West Midlands 2024: 89.5
          // against DfE's 89 from the unrounded count)
          assertEquals(published.asDouble().orElseThrow(), exact, 0.6, row.area() + " " + row.year());
        }
        assertEquals(Math.round(exact * 10) / 10.0, computed.asDouble().orElseThrow(), 0.05 + 1e-9, row.area().name());
        compared++;
      } else {
        assertTrue(published.isPresent() == computed.isPresent() || !computed.isPresent(), row.area() + " " + row.year());
      }
    }
    assertTrue(compared > 700, "compared " + compared);
  }
}
