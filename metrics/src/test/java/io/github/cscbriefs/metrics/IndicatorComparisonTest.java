package io.github.cscbriefs.metrics;

import static io.github.cscbriefs.testkit.Fixtures.STRETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.testkit.Fixtures;
import io.github.cscbriefs.testkit.MissingValues;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Rank, field size, band and percentile are read off a comparison without going through {@link Standing}. */
class IndicatorComparisonTest {

  /** The test kit's handful of councils, ranked (the default minimum field is 20). */
  private static BriefProfiles ranked(io.github.cscbriefs.model.Dataset dataset) {
    return BriefProfiles.of(dataset, MetricsSettings.defaults().withMinimumField(2));
  }

  @Test
  void rankOutOfBandAndPercentileAreTheStandings() {
    CouncilProfile p = ranked(Fixtures.dataset()).profile(STRETCHED, 2020);
    for (IndicatorComparison c : p.comparisons()) {
      Optional<Standing> s = c.standing();
      assertEquals(s.map(Standing::rank).map(OptionalInt::of).orElse(OptionalInt.empty()), c.rank(), c.indicator().id());
      assertEquals(s.map(Standing::outOf).map(OptionalInt::of).orElse(OptionalInt.empty()), c.outOf(), c.indicator().id());
      assertEquals(s.map(Standing::band), c.band(), c.indicator().id());
      assertEquals(s.map(Standing::percentile).map(OptionalDouble::of).orElse(OptionalDouble.empty()), c.percentile(),
          c.indicator().id());
    }
    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    assertTrue(caseload.rank().isPresent() && caseload.band().isPresent());
    assertTrue(caseload.rank().getAsInt() <= caseload.outOf().getAsInt());
  }

  @Test
  void noValueOrNoBetterDirectionMeansNoRank() {
    CouncilProfile p = ranked(Fixtures.dataset()).profile(STRETCHED, 2020);
    IndicatorComparison inPost = p.comparison(Indicators.SOCIAL_WORKERS_IN_POST).orElseThrow();
    assertEquals(OptionalInt.empty(), inPost.rank());
    assertEquals(OptionalInt.empty(), inPost.outOf());
    assertEquals(Optional.empty(), inPost.band());
    CouncilProfile missing = ranked(MissingValues.dataset()).profile(MissingValues.COUNCIL, 2024);
    // A low figure is not missing: it rounds to 0, and ranks as the small number it is.
    missing.comparisons().stream().filter(c -> !c.value().isPresent())
        .filter(c -> !c.value().equals(io.github.cscbriefs.model.Value.missing(io.github.cscbriefs.model.MissingReason.LOW)))
        .forEach(c -> assertEquals(Optional.empty(), c.band(), c.indicator().id()));
    assertTrue(missing.comparisons().stream()
        .filter(c -> c.value().equals(io.github.cscbriefs.model.Value.missing(io.github.cscbriefs.model.MissingReason.LOW)))
        .filter(c -> c.indicator().polarity() != io.github.cscbriefs.model.Polarity.NONE)
        .allMatch(c -> c.band().isPresent()));
  }

  @Test
  void tooFewCouncilsMeansNoRankEither() {
    IndicatorComparison caseload = BriefProfiles.of(Fixtures.dataset()).profile(STRETCHED, 2020)
        .comparison(Indicators.CASELOAD).orElseThrow();
    assertTrue(caseload.unrankedForTooFewCouncils());
    assertEquals(OptionalInt.empty(), caseload.rank());
    assertEquals(Optional.empty(), caseload.band());
  }
}
