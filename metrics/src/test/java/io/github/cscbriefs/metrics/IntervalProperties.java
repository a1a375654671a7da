package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.List;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IntervalProperties {

  @Test
  void anIntervalContainsItsPointEstimateWithinZeroToOneHundred() {
    qt().forAll(integers().between(0, 1000).map(i -> i / 10.0), doubles().between(0.5, 100000),
        Generate.pick(List.of(0.8, 0.9, 0.95, 0.99))).check((rate, trials, level) -> {
          RateInterval i = RateInterval.wilson(Value.of(rate), trials, Value.of(15), Polarity.LOWER_IS_BETTER, level)
              .orElseThrow();
          return i.lower() <= rate && rate <= i.upper() && i.lower() >= 0 && i.upper() <= 100;
        });
  }

  @Test
  void wilsonBoundsAreCommonsMathsToTheBit() {
    qt().forAll(integers().between(1, 2_000_000), integers().between(0, 1000),
        doubles().between(0.5, 0.999)).check((trials, perMille, level) -> {
          int successes = (int) ((long) trials * perMille / 1000);
          ConfidenceInterval expected = new WilsonScoreInterval().createInterval(trials, successes, level);
          double[] actual = RateInterval.wilsonBounds(trials, successes, level);
          return Double.compare(expected.getLowerBound(), actual[0]) == 0
              && Double.compare(expected.getUpperBound(), actual[1]) == 0;
        });
  }

  @Test
  void aSignificantVerdictMeansEnglandLiesOutsideTheIntervalOnThatSide() {
    qt().forAll(integers().between(0, 1000).map(i -> i / 10.0), doubles().between(1, 5000),
        integers().between(0, 1000).map(i -> i / 10.0)).check((rate, trials, england) -> {
          RateInterval i = RateInterval.wilson(Value.of(rate), trials, Value.of(england), Polarity.LOWER_IS_BETTER,
              0.95).orElseThrow();
          return switch (i.significance()) {
            case SIGNIFICANTLY_WORSE -> i.lower() > england;
            case SIGNIFICANTLY_BETTER -> i.upper() < england;
            case NOT_SIGNIFICANT -> i.lower() <= england && england <= i.upper();
            default -> false;
          };
        });
  }

  @Test
  void moreTrialsNeverWidenTheIntervalMuch() {
    // Rounding the successes can move the bounds by half a trial; beyond that, width falls with n.
    qt().forAll(integers().between(1, 999).map(i -> i / 10.0), integers().between(10, 20000))
        .check((rate, n) -> {
          RateInterval small = RateInterval.wilson(Value.of(rate), n, Value.of(1), Polarity.NONE, 0.95).orElseThrow();
          RateInterval big = RateInterval.wilson(Value.of(rate), n * 4.0, Value.of(1), Polarity.NONE, 0.95).orElseThrow();
          return big.upper() - big.lower() <= small.upper() - small.lower() + 100.0 / n;
        });
  }
}
