package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TrendProperties {

  private static final Gen<Polarity> POLARITY = Generate.enumValues(Polarity.class);
  /** The reasons a figure has no number at all ({@code low} has one: it is small, not missing). */
  private static final Gen<MissingReason> REASON = Generate.pick(java.util.Arrays.stream(MissingReason.values())
      .filter(r -> r != MissingReason.LOW).toList());
  /** Polarities that rank a figure (generated directly: an assumption would discard a third of the draws). */
  private static final Gen<Polarity> RANKED = Generate.pick(List.of(Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER));
  private static final MetricsSettings SETTINGS = MetricsSettings.defaults();

  private static Map<Integer, Value> line(int from, int to, double intercept, double slope) {
    Map<Integer, Value> m = new LinkedHashMap<>();
    for (int y = from; y <= to; y++) {
      m.put(y, Value.of(intercept + slope * (y - from)));
    }
    return m;
  }

  @Test
  void aConstantSeriesHasSlopeZeroAndIsStable() {
    qt().forAll(doubles().between(0, 1000), integers().between(3, 9), POLARITY).check((level, years, polarity) -> {
      Trend t = Trend.of(2025, line(2025 - years + 1, 2025, level, 0), line(2017, 2025, 10, 0), polarity, SETTINGS);
      return Math.abs(t.slope().orElseThrow().slope()) < 1e-9 && t.direction() == Direction.STABLE
          && t.changeOnLastYear().equals(Value.of(0));
    });
  }

  @Test
  void aLinearSeriesRecoversItsSlopeWithNoStandardError() {
    qt().forAll(doubles().between(0, 100), doubles().between(-5, 5), integers().between(3, 9))
        .check((intercept, slope, years) -> {
          SlopeFit fit = Trend.of(2025, line(2025 - years + 1, 2025, intercept, slope), Map.of(),
              Polarity.LOWER_IS_BETTER, SETTINGS).slope().orElseThrow();
          return Math.abs(fit.slope() - slope) < 1e-6 && fit.standardError() < 1e-6
              && fit.points() == Math.min(years, SETTINGS.trendYears());
        });
  }

  @Test
  void theDirectionOfAClearTrendFollowsPolarity() {
    qt().forAll(doubles().between(10, 100), doubles().between(0.1, 0.5), POLARITY).check((level, share, polarity) -> {
      // rising by 10–50% of the level a year: far outside the 2% stability band
      Direction d = Trend.of(2025, line(2021, 2025, level, level * share), Map.of(), polarity, SETTINGS).direction();
      return d == switch (polarity) {
        case LOWER_IS_BETTER -> Direction.WORSENING;
        case HIGHER_IS_BETTER -> Direction.IMPROVING;
        case NONE -> Direction.RISING;
      };
    });
  }

  @Test
  void englandsGapToItselfIsZero() {
    qt().forAll(doubles().between(0, 1000), POLARITY).check((v, polarity) -> {
      Gap g = Gap.of(ComparatorKind.ENGLAND, Value.of(v), Value.of(v), 1, polarity);
      Trend t = Trend.of(2025, line(2021, 2025, v, 1), line(2021, 2025, v, 1), polarity, SETTINGS);
      return g.difference().equals(Value.of(0)) && !g.worse()
          && (v == 0 || g.ratio().equals(Value.of(1)))
          && t.yearsWorseThanEngland() == 0
          && t.gapClosure().status() != GapClosure.Status.CLOSING
          && t.gapClosure().status() != GapClosure.Status.NOT_CLOSING;
    });
  }

  @Test
  void missingInputsNeverBecomeNumbers() {
    qt().forAll(doubles().between(0, 1000), REASON, POLARITY, integers().between(2016, 2025))
        .check((v, reason, polarity, missingYear) -> {
          Value missing = Value.missing(reason);
          Map<Integer, Value> series = new LinkedHashMap<>(line(2016, 2025, v, 0.5));
          series.put(missingYear, missing);
          Trend t = Trend.of(2025, series, line(2016, 2025, v, 0), polarity, SETTINGS);
          Gap g = Gap.of(ComparatorKind.REGION, missing, Value.of(v), 1, polarity);
          Gap h = Gap.of(ComparatorKind.REGION, Value.of(v), missing, 0, polarity);
          boolean changesKeepReason = List.of(1, 3, 5).stream().allMatch(k -> {
            Value change = k == 1 ? t.changeOnLastYear() : k == 3 ? t.changeOver3Years() : t.changeOver5Years();
            boolean touched = missingYear == 2025 || missingYear == 2025 - k;
            return touched ? change.equals(missing) : change.isPresent();
          });
          return changesKeepReason && g.difference().equals(missing) && g.ratio().equals(missing)
              && h.difference().equals(missing) && h.ratio().equals(missing) && !g.worse() && !h.worse()
              && Capacity.socialWorkersNeeded(missing, Value.of(v), Value.of(16)).equals(missing);
        });
  }

  @Test
  void aGapThatIsClosingClosesAfterTheProfileYearAndWhereTheLinesMeet() {
    // Decimals as DfE publishes them (one place), so the expected year is exact: no tolerance.
    qt().forAll(integers().between(10, 200), integers().between(1, 30)).check((gapTenths, closingTenths) -> {
      double gap = gapTenths / 10.0;
      double closingPerYear = closingTenths / 10.0;
      Map<Integer, Value> england = line(2021, 2025, 16, 0);
      Map<Integer, Value> council = new LinkedHashMap<>();
      for (int y = 2021; y <= 2025; y++) {
        council.put(y, Value.of((160 + gapTenths + (2025 - y) * closingTenths) / 10.0));
      }
      GapClosure c = Trend.of(2025, council, england, Polarity.LOWER_IS_BETTER, SETTINGS).gapClosure();
      int years = (gapTenths + closingTenths - 1) / closingTenths; // ⌈gap ÷ closing⌉ in whole numbers
      return years > GapClosure.HORIZON_YEARS
          ? c.status() == GapClosure.Status.NARROWING_SLOWLY && c.year().isEmpty()
          : c.equals(new GapClosure(GapClosure.Status.CLOSING, java.util.Optional.of(2025 + years)));
    });
  }

  /** Published-style decimals (one place) between 0 and 40. */
  private static final Gen<Double> FIGURE = integers().between(0, 400).map(i -> i / 10.0);

  private static Map<Integer, Value> series(int from, List<Double> values) {
    Map<Integer, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      m.put(from + i, Value.of(values.get(i)));
    }
    return m;
  }

  @Test
  void aClosureYearIsAfterTheLatestYearAndWithinTheHorizon() {
    Gen<List<Double>> five = org.quicktheories.generators.SourceDSL.lists().of(FIGURE).ofSize(5);
    qt().forAll(five, five, POLARITY).check((council, england, polarity) -> {
      GapClosure c = Trend.of(2025, series(2021, council), series(2021, england), polarity, SETTINGS).gapClosure();
      return c.year().map(y -> y > 2025 && y <= 2025 + GapClosure.HORIZON_YEARS).orElse(true)
          && c.year().isPresent() == (c.status() == GapClosure.Status.CLOSING);
    });
  }

  @Test
  void aGapWhoseSlopeIsZeroNeverCloses() {
    // England moves anyhow; the council keeps the same gap above it plus noise with no slope
    // (symmetric about the middle year): the gap's least-squares slope is exactly 0.
    Gen<List<Double>> five = org.quicktheories.generators.SourceDSL.lists().of(FIGURE).ofSize(5);
    qt().forAll(five, integers().between(1, 100), integers().between(0, 50)).check((england, gapTenths, wobble) -> {
      Map<Integer, Value> council = new LinkedHashMap<>();
      int[] noise = {wobble, -wobble, 0, -wobble, wobble};
      for (int i = 0; i < 5; i++) {
        council.put(2021 + i, Value.of(Math.round(england.get(i) * 10 + gapTenths * 2 + noise[i] + 100) / 10.0));
      }
      GapClosure c = Trend.of(2025, council, series(2021, england), Polarity.LOWER_IS_BETTER, SETTINGS)
          .gapClosure();
      return c.status() == GapClosure.Status.NOT_CLOSING && c.year().isEmpty();
    });
  }

  @Test
  void theWorstOfARunIsTheWorstYearOfThatRun() {
    Gen<List<Double>> nine = org.quicktheories.generators.SourceDSL.lists().of(FIGURE).ofSize(9);
    qt().forAll(nine, nine, RANKED).check((council, england, polarity) -> {
      Trend t = Trend.of(2025, series(2017, council), series(2017, england), polarity, SETTINGS);
      int n = t.yearsWorseThanEngland();
      if (n == 0) {
        return t.worstOfRun().isEmpty();
      }
      WorstYear w = t.worstOfRun().orElseThrow();
      boolean inRun = w.year() > 2025 - n && w.year() <= 2025;
      boolean noWorse = council.subList(9 - n, 9).stream()
          .allMatch(v -> polarity.compareBetter(v, w.value().asDouble().getAsDouble()) <= 0);
      return inRun && noWorse && w.value().equals(Value.of(council.get(w.year() - 2017)))
          && w.england().equals(Value.of(england.get(w.year() - 2017)));
    });
  }
}
