package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cscbriefs.model.Polarity;
import java.util.ArrayList;
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

  @Test
  void tiedCouncilsShareTheLowestRank() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> values.stream().allMatch(v -> {
      long better = values.stream().filter(o -> polarity.compareBetter(o, v) < 0).count();
      return standing(v, values, polarity).rank() == better + 1;
    }));
  }

  @Test
  void quartileBandsPartitionTheCouncilsAndRespectPolarity() {
    qt().forAll(VALUES, POLARITY).check((values, polarity) -> {
      Map<Double, Standing> s = standings(values, polarity);
      int[] perBand = new int[4];
      values.forEach(v -> perBand[s.get(v).band().ordinal()]++);
      boolean partition = perBand[0] + perBand[1] + perBand[2] + perBand[3] == values.size();
      boolean monotone = s.keySet().stream().allMatch(a -> s.keySet().stream().allMatch(b ->
          polarity.compareBetter(a, b) >= 0 || s.get(a).band().compareTo(s.get(b).band()) <= 0));
      return partition && monotone && perBand[0] > 0;
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
