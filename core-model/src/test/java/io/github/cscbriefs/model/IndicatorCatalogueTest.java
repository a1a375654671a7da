package io.github.cscbriefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  @Test
  void anIndicatorTypedByAUserIsFoundByItsId() {
    assertSame(Indicators.CASELOAD, IndicatorCatalogue.defaults().require("caseload"));
    assertEquals(Indicators.all(), IndicatorCatalogue.defaults().indicators());
  }

  @Test
  void anUnknownIdIsRefusedAtOnceNamingEveryKnownOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorCatalogue.defaults().require("casload"));
    assertEquals("no indicator 'casload'; known: caseload, turnover, agency, vacancy, absence, cla_sw_changes, "
        + "agency_cover, in_post, cin_rate, referral_rate, rereferrals, s47_rate, icpc_15_days, cpp_rate, "
        + "cpp_subsequent, cpp_2_years, cla_rate, placements_3plus, long_term_stability, eet_17_18, eet_19_21, "
        + "suitable_17_18, suitable_19_21", e.getMessage());
  }

  @Test
  void aCatalogueKnowsItsOwnIndicatorsOnly() {
    IndicatorCatalogue workforceOnly = new IndicatorCatalogue(List.of(Indicators.CASELOAD, Indicators.AGENCY));
    assertEquals(List.of(Indicators.CASELOAD, Indicators.AGENCY), workforceOnly.indicators());
    assertTrue(workforceOnly.byId("turnover").isEmpty());
  }

  @Test
  void twoIndicatorsWithOneIdAreRefused() {
    Indicator copy = new Indicator("caseload", "Another caseload", Workforce.CASES, Polarity.NONE, "Cases",
        "DfE", JudgementArea.IMPACT_OF_LEADERS, false);
    assertThrows(ModelViolationException.class, () -> new IndicatorCatalogue(List.of(Indicators.CASELOAD, copy)));
  }

  @Test
  void everyIndicatorsMeasureBelongsToAKnownPublication() {
    for (Indicator i : Indicators.all()) {
      // a published measure of a release read, or one computed from such measures
      List<Measure> known = java.util.stream.Stream.of(Workforce.measures(), SocialWorkerStability.measures(),
          ChildrenInNeed.measures(), ChildrenInNeed.derivedMeasures(), ChildrenLookedAfter.derivedMeasures(),
          PlacementStability.measures(), CareLeavers.activityMeasures(), CareLeavers.accommodationMeasures())
          .flatMap(List::stream).toList();
      assertTrue(known.contains(i.measure()), i.id());
      assertEquals(i.measure().publication(), i.publication());
    }
  }
}
