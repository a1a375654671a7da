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

  @Test
  void lowAgencyFteNeedsNoConversionWhenEnglandsRateAllowsMoreThanItCanBe() {
    Value low = Value.missing(io.github.cscbriefs.model.MissingReason.LOW);
    // Under 0.05 FTE: any true value converts max(0, a − r% × (a + e)), which is 0 once r% × e ≥ 0.05.
    qt().forAll(doubles().between(0, 2000), doubles().between(0.1, 60), doubles().between(0.0001, 0.0499))
        .check((employed, rate, trueAgency) -> {
          Value result = Capacity.agencyToConvert(low, Value.of(employed), Value.of(rate));
          double exact = Capacity.agencyToConvert(Value.of(trueAgency), Value.of(employed), Value.of(rate))
              .asDouble().orElseThrow();
          return employed * rate / 100 >= Capacity.LOW_FTE_BELOW
              ? result.equals(Value.of(0)) && exact == 0
              : result.equals(low) && exact < Capacity.LOW_FTE_BELOW;
        });
  }
}
