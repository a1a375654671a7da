package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Councils;
import io.github.cscbriefs.testkit.MissingValues;
import io.github.cscbriefs.testkit.Reorganised;
import org.junit.jupiter.api.Test;

/** Profiles of the test kit's reorganised councils and of its council with every missing reason. */
class KitProfilesTest {

  private static IndicatorComparison compared(CouncilProfile p, Indicator indicator) {
    return p.comparisons().stream().filter(c -> c.indicator().equals(indicator)).findFirst().orElseThrow();
  }

  private static Value caseload(Dataset d, String areaCode, int year) {
    return d.figures(Workforce.PUBLICATION, areaCode, year).orElseThrow().value(Workforce.CASELOAD_FTE);
  }

  @Test
  void aSuccessorsSeriesRunsBackThroughItsPredecessor() {
    Dataset d = Reorganised.dataset();
    for (Council c : java.util.List.of(Councils.NORTH_NORTHAMPTONSHIRE, Councils.CUMBERLAND)) {
      int split = c.equals(Councils.CUMBERLAND) ? 2023 : 2021;
      String predecessor = c.equals(Councils.CUMBERLAND) ? "909" : "928";
      String after = c.equals(Councils.CUMBERLAND) ? "942" : "940 / 941";
      CouncilProfile p = BriefProfiles.of(d).profile(c, 2024);
      for (SeriesPoint point : compared(p, Indicators.CASELOAD).series()) {
        assertEquals(caseload(d, point.year() < split ? predecessor : after, point.year()), point.council(),
            c.name() + " " + point.year());
      }
    }
  }

  @Test
  void everyMissingReasonStaysInTheSeriesInItsYear() {
    CouncilProfile p = BriefProfiles.of(MissingValues.dataset()).profile(MissingValues.COUNCIL, 2024);
    for (Indicator indicator : io.github.cscbriefs.testkit.Fixtures.INDICATORS) {
      IndicatorComparison c = compared(p, indicator);
      assertEquals(MissingValues.YEARS, c.series().stream().map(SeriesPoint::year).toList(), indicator.id());
      for (SeriesPoint point : c.series()) {
        assertEquals(MissingValues.value(indicator, point.year()), point.council(), indicator.id() + " " + point.year());
      }
      assertEquals(MissingValues.value(indicator, 2024), c.value(), indicator.id());
    }
  }
}
