package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cscbriefs.model.Value;
import org.junit.jupiter.api.Test;

class CapacityProperties {

  private static double need(double cases, double holders, double target) {
    return Capacity.socialWorkersNeeded(Value.of(cases), Value.of(holders), Value.of(target)).asDouble().orElseThrow();
  }

  @Test
  void theNeedIsZeroWhenTheCaseloadIsAtOrBelowTarget() {
    qt().forAll(doubles().between(1, 1000), doubles().between(5, 30), doubles().between(0, 1))
        .check((holders, target, share) -> need(holders * target * share, holders, target) == 0);
  }

  @Test
  void theNeedGrowsWithCasesAndIsNeverNegative() {
    qt().forAll(doubles().between(1, 1000), doubles().between(5, 30), doubles().between(0, 50000),
        doubles().between(0, 5000)).check((holders, target, cases, more) -> {
          double before = need(cases, holders, target);
          double after = need(cases + more, holders, target);
          return before >= 0 && after >= before;
        });
  }

  @Test
  void theNeedBringsTheCaseloadDownToTarget() {
    qt().forAll(doubles().between(1, 1000), doubles().between(5, 30), doubles().between(1.01, 3))
        .check((holders, target, over) -> {
          double cases = holders * target * over;
          double extra = need(cases, holders, target);
          return Math.abs(cases / (holders + extra) - target) < 1e-6;
        });
  }

  @Test
  void convertingTheAgencyFteReachesTheTargetRateAndNeverGoesNegative() {
    qt().forAll(doubles().between(0, 500), doubles().between(1, 1000), doubles().between(0, 60))
        .check((agency, employed, rate) -> {
          double convert = Capacity.agencyToConvert(Value.of(agency), Value.of(employed), Value.of(rate))
              .asDouble().orElseThrow();
          double after = (agency - convert) / (agency + employed) * 100;
          boolean atOrBelow = agency / (agency + employed) * 100 <= rate;
          return convert >= 0 && convert <= agency
              && (atOrBelow ? convert == 0 : Math.abs(after - rate) < 1e-6);
        });
  }
}
