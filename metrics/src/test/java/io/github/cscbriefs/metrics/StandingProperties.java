package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cscbriefs.model.Polarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class StandingProperties {

  /** Values with one decimal place, as DfE publishes them, so ties are common. */
  private static final Gen<List<Double>> VALUES = lists().of(integers().between(0, 300).map(i -> i / 10.0))
      .ofSizeBetween(1, 160);
  private static final Gen<Polarity> POLARITY = Generate.pick(List.of(Polarity.LOWER_IS_BETTER,
      Polarity.HIGHER_IS_BETTER));

  private static Standing standing(double v, List<Double> all, Polarity p) {
    return Standing.of(v, all, p).orElseThrow();
  }

  @Test
  void aRankIsUnchangedByReorderingTheCouncils() {
    qt().forAll(VALUES, integers().all(), POLARITY).checkAssert((values, seed, polarity) -> {
      List<Double> shuffled = new ArrayList<>(values);
      Collections.shuffle(shuffled, new Random(seed));
      for (double v : values) {
        org.junit.jupiter.api.Assertions.assertEquals(standing(v, values, polarity), standing(v, shuffled, polarity));
      }
    });
  }

  /** The values best first by polarity, sorted by the JDK rather than by {@link Polarity#compareBetter}. */
  private static List<Double> bestFirst(List<Double> values, Polarity polarity) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (polarity == Polarity.HIGHER_IS_BETTER) {
      Collections.reverse(sorted);
    }
    return sorted;
  }

  @Test
  void aRankIsThePlaceOfTheFirstCouncilWithThatValueInABestFirstList() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      List<Double> sorted = bestFirst(values, polarity);
      return values.stream().allMatch(v -> standing(v, values, polarity).rank() == sorted.indexOf(v) + 1);
    });
  }

  @Test
  void tiedCouncilsShareTheLowestRank() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      List<Integer> ranks = values.stream().map(v -> standing(v, values, polarity).rank()).toList();
      // Ranks judged against each other only: a rank is one more than the number of councils ranked
      // above it (so a tie shares the best rank of its group, "1, 2, 2, 4"), and someone is first.
      return ranks.stream().allMatch(r -> r == 1 + ranks.stream().filter(o -> o < r).count())
          && ranks.contains(1);
    });
  }

  @Test
  void aCouncilsBandIsTheQuarterHoldingTheShareOfCouncilsRankedAboveIt() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      List<Double> sorted = bestFirst(values, polarity);
      int n = values.size();
      return values.stream().allMatch(v -> {
        int band = standing(v, values, polarity).band().ordinal();
        int above = sorted.indexOf(v);
        // above ÷ n lies in [band ÷ 4, (band + 1) ÷ 4), the last band closed at 1.
        return 4 * above >= band * n && (band == 3 || 4 * above < (band + 1) * n);
      });
    });
  }

  @Test
  void withoutTiesEachBandHoldsAQuarterOfTheCouncilsToWithinOne() {
    qt().forAll(VALUES.map(v -> v.stream().distinct().toList()), POLARITY).check((values, polarity) -> {
      int[] perBand = new int[4];
      values.forEach(v -> perBand[standing(v, values, polarity).band().ordinal()]++);
      double quarter = values.size() / 4.0;
      return Arrays.stream(perBand).allMatch(size -> Math.abs(size - quarter) < 1);
    });
  }

  @Test
  void aBetterCouncilIsNeverInAWorseBandAndBandAIsNeverEmpty() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      Map<Double, Standing> s = standings(values, polarity);
      // Better by the numbers' own order, not by Polarity.compareBetter.
      boolean monotone = s.keySet().stream().allMatch(a -> s.keySet().stream().allMatch(b -> {
        boolean aBetter = polarity == Polarity.LOWER_IS_BETTER ? a < b : a > b;
        return !aBetter || s.get(a).band().compareTo(s.get(b).band()) <= 0;
      }));
      return monotone && s.values().stream().anyMatch(x -> x.band() == QuartileBand.A);
    });
  }

  @Test
  void theBestCouncilIsRankOneInBandAAtTheHundredthPercentile() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      double best = polarity == Polarity.LOWER_IS_BETTER ? Collections.min(values) : Collections.max(values);
      Standing s = standing(best, values, polarity);
      return s.rank() == 1 && s.band() == QuartileBand.A && s.percentile() == 100 && s.outOf() == values.size();
    });
  }

  @Test
  void percentilesLieBetweenZeroAndOneHundredAndFallWithRank() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      Map<Double, Standing> s = standings(values, polarity);
      return s.values().stream().allMatch(a -> a.percentile() >= 0 && a.percentile() <= 100
          && s.values().stream().allMatch(b -> b.rank() <= a.rank() || b.percentile() < a.percentile()));
    });
  }

  private static Map<Double, Standing> standings(List<Double> values, Polarity polarity) {
    Map<Double, Standing> m = new HashMap<>();
    values.forEach(v -> m.computeIfAbsent(v, x -> standing(x, values, polarity)));
    return m;
  }

  @Test
  void reversingPolarityTurnsTheBestIntoTheWorst() {
    qt().forAll(VALUES).check(values -> {
      double min = Collections.min(values);
      Standing asBest = standing(min, values, Polarity.LOWER_IS_BETTER);
      Standing asWorst = standing(min, values, Polarity.HIGHER_IS_BETTER);
      long others = values.stream().filter(v -> v > min).count();
      return asBest.rank() == 1 && asWorst.rank() == others + 1;
    });
  }
}
