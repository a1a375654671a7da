package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendTest {

  private static Map<Integer, Value> series(double... values) {
    Map<Integer, Value> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(2016 + i, Double.isNaN(values[i]) ? Value.missing(MissingReason.SUPPRESSED) : Value.of(values[i]));
    }
    return m;
  }

  @Test
  void changesAreTakenOverOneThreeAndFiveYears() {
    Trend t = Trend.of(2021, series(10, 11, 12, 13, 14, 16), series(10, 10, 10, 10, 10, 10),
        Polarity.LOWER_IS_BETTER, MetricsSettings.defaults());
    assertEquals(Value.of(2), t.changeOnLastYear());
    assertEquals(Value.of(4), t.changeOver3Years());
    assertEquals(Value.of(6), t.changeOver5Years());
    assertEquals(Direction.WORSENING, t.direction());
    assertEquals(5, t.yearsWorseThanEngland());
    assertEquals(GapClosure.Status.NOT_CLOSING, t.gapClosure().status());
  }

  @Test
  void aRunWorseThanEnglandStopsAtAMissingYear() {
    Trend t = Trend.of(2021, series(20, 20, Double.NaN, 20, 20, 20), series(10, 10, 10, 10, 10, 10),
        Polarity.LOWER_IS_BETTER, MetricsSettings.defaults());
    assertEquals(3, t.yearsWorseThanEngland());
    assertEquals(Value.missing(MissingReason.SUPPRESSED), t.changeOver3Years());
  }

  @Test
  void aGapFallingByTwoAYearClosesInThreeYears() {
    Trend t = Trend.of(2020, series(24, 22, 20, 18, 16), series(10, 10, 10, 10, 10),
        Polarity.LOWER_IS_BETTER, MetricsSettings.defaults());
    assertEquals(new GapClosure(GapClosure.Status.CLOSING, Optional.of(2023)), t.gapClosure());
    assertEquals(Direction.IMPROVING, t.direction());
  }

  @Test
  void twoYearsAreNotEnoughToJudgeADirection() {
    Trend t = Trend.of(2017, series(10, 12), series(10, 10), Polarity.LOWER_IS_BETTER, MetricsSettings.defaults());
    assertEquals(Direction.INSUFFICIENT_DATA, t.direction());
    assertEquals(Optional.empty(), t.slope());
    assertEquals(GapClosure.Status.UNKNOWN, t.gapClosure().status());
  }

  @Test
  void invalidSettingsReportEveryProblem() {
    MetricsException e = org.junit.jupiter.api.Assertions.assertThrows(MetricsException.class,
        () -> new MetricsSettings(2, -1, 1.5, Optional.of(0.0), PriorityRules.defaults()));
    assertEquals(4, e.problems().size(), e.getMessage());
  }
}
