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
        + "agency_cover, in_post", e.getMessage());
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
      assertTrue(Workforce.measures().contains(i.measure()) || SocialWorkerStability.measures().contains(i.measure()),
          i.id());
      assertEquals(i.measure().publication(), i.publication());
    }
  }
}
