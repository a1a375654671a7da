package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import org.junit.jupiter.api.Test;

class RateIntervalTest {

  @Test
  void aLargeCouncilFarAboveEnglandIsSignificantlyWorse() {
    // 24.5% agency rate over 146 FTE against England's 15.4%.
    RateInterval i = RateInterval.wilson(Value.of(24.5), 146, Value.of(15.4), Polarity.LOWER_IS_BETTER, 0.95)
        .orElseThrow();
    assertEquals(Significance.SIGNIFICANTLY_WORSE, i.significance());
    assertEquals(146, i.trials());
    assertTrue(i.lower() > 15.4 && i.upper() < 35, i.toString());
  }

  @Test
  void aSmallCouncilSlightlyAboveEnglandIsNotSignificant() {
    RateInterval i = RateInterval.wilson(Value.of(17), 20, Value.of(15.4), Polarity.LOWER_IS_BETTER, 0.95)
        .orElseThrow();
    assertEquals(Significance.NOT_SIGNIFICANT, i.significance());
  }

  @Test
  void noIntervalForAMissingRateATurnoverAboveOneHundredOrNoTrials() {
    assertTrue(RateInterval.wilson(Value.missing(MissingReason.SUPPRESSED), 100, Value.of(10),
        Polarity.LOWER_IS_BETTER, 0.95).isEmpty());
    assertTrue(RateInterval.wilson(Value.of(120), 10, Value.of(10), Polarity.LOWER_IS_BETTER, 0.95).isEmpty());
    assertTrue(RateInterval.wilson(Value.of(0), 0.2, Value.of(10), Polarity.LOWER_IS_BETTER, 0.95).isEmpty());
  }

  @Test
  void withoutEnglandTheVerdictIsUnknown() {
    assertEquals(Significance.UNKNOWN, RateInterval.wilson(Value.of(20), 100,
        Value.missing(MissingReason.NOT_AVAILABLE), Polarity.LOWER_IS_BETTER, 0.95).orElseThrow().significance());
  }
}
