package io.github.cscbriefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaFiguresTest {

  @Test
  void figuresSplitIntoObservationsOfTheirPublicationsPeriod() {
    Area nel = Area.council("812", "North East Lincolnshire");
    AreaFigures row = Workforce.figures(2020, nel, Optional.empty(),
        Map.of(Workforce.CASELOAD_FTE, Value.of(24.9)));
    assertEquals(List.of(new Observation(nel, new Period(2020, ReferencePeriod.AS_AT_30_SEPTEMBER),
        Workforce.CASELOAD_FTE, Value.of(24.9))), row.observations());
    assertEquals(java.time.LocalDate.of(2020, 9, 30), row.period().end());
    assertEquals(java.time.LocalDate.of(2024, 3, 31), SocialWorkerStability.PUBLICATION.period(2024).end());
  }

  @Test
  void aRowHoldsMeasuresOfItsOwnPublicationOnly() {
    assertThrows(ModelViolationException.class, () -> Workforce.figures(2024, Area.england(), Optional.empty(),
        Map.of(SocialWorkerStability.CLA_TOTAL, Value.of(100))));
  }
}
