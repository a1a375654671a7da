package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.testkit.Councils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the figures computed from published counts (rates per 10,000, conferences in time). */
class DerivedFiguresProperties {

  /** A row's counts: children in need, population, conferences and the two in-time bands. */
  private record Counts(int children, int population, int conferences, int early, int late) {
  }

  /** Children in need up to a tenth of the population, as in every real council (the most is about 8%). */
  private static final Gen<Counts> COUNTS = integers().between(0, 50_000).zip(integers().between(1, 2_000_000),
      integers().between(0, 3_000), integers().between(0, 1_000), integers().between(0, 1_000),
      (share, population, conferences, a, b) -> {
        int children = (int) ((long) share * population / 500_000);
        // the two bands are parts of the conferences: scale them into it
        int early = conferences == 0 ? 0 : a % (conferences + 1);
        int late = conferences == 0 ? 0 : b % (conferences - early + 1);
        return new Counts(children, population, conferences, early, late);
      });

  private static final Gen<MissingReason> GAP = Generate.pick(List.of(MissingReason.SUPPRESSED,
      MissingReason.NOT_AVAILABLE, MissingReason.NOT_APPLICABLE, MissingReason.LOW_RELIABILITY,
      MissingReason.NOT_PUBLISHED, MissingReason.BLANK));

  private static AreaFigures row(Area area, Counts c) {
    Map<Measure, Value> v = new LinkedHashMap<>();
    v.put(ChildrenInNeed.AT31_EPISODES, Value.of(c.children()));
    v.put(ChildrenInNeed.POPULATION_ESTIMATE, Value.of(c.population()));
    v.put(ChildrenInNeed.ICPC, Value.of(c.conferences()));
    v.put(ChildrenInNeed.ICPC_DURATION_0_10_DAYS, Value.of(c.early()));
    v.put(ChildrenInNeed.ICPC_DURATION_11_15_DAYS, Value.of(c.late()));
    return ChildrenInNeed.figures(2024, area, Optional.empty(), v);
  }

  private static double rate(AreaFigures row) {
    return DerivedFigures.complete(row).value(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000).asDouble().orElseThrow();
  }

  @Test
  void aRateDoesNotDependOnTheOrderOfTheCouncils() {
    qt().forAll(lists().of(COUNTS).ofSizeBetween(1, 12), integers().all()).check((counts, seed) -> {
      List<AreaFigures> rows = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        rows.add(row(Area.council(String.valueOf(300 + i), "Council " + i), counts.get(i)));
      }
      List<AreaFigures> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, new Random(seed));
      Dataset a = DerivedFigures.complete(Dataset.builder(Councils.directory(List.of())).figures(rows).build());
      Dataset b = DerivedFigures.complete(Dataset.builder(Councils.directory(List.of())).figures(shuffled).build());
      return rows.stream().allMatch(r -> a.figures(ChildrenInNeed.PUBLICATION, r.area().code(), 2024).orElseThrow()
          .equals(b.figures(ChildrenInNeed.PUBLICATION, r.area().code(), 2024).orElseThrow()));
    });
  }

  @Test
  void aRateScalesWithItsCount() {
    qt().forAll(COUNTS, integers().between(2, 10)).check((c, k) -> {
      Area area = Area.council("300", "A council");
      double once = rate(row(area, c));
      double scaled = rate(row(area, new Counts(c.children() * k, c.population(), c.conferences(), c.early(),
          c.late())));
      // each is rounded to one place: k × once is off by at most k × 0.05, scaled by at most 0.05
      return Math.abs(scaled - k * once) <= (k + 1) * 0.05 + 1e-9;
    });
  }

  @Test
  void moreChildrenThanThePopulationIsRefusedNamingTheAreaAndYear() {
    qt().forAll(integers().between(1, 100_000), integers().between(2, 50)).check((population, times) -> {
      Counts c = new Counts(population * times, population, 0, 0, 0);
      try {
        DerivedFigures.complete(row(Area.council("300", "A council"), c));
        return false;
      } catch (MetricsException e) {
        return e.getMessage().contains("cin_per_10000 of A council (300), 2024")
            && e.getMessage().contains("the count is larger than the population");
      }
    });
  }

  @Test
  void aShareOfConferencesLiesBetween0And100() {
    qt().forAll(COUNTS).check(c -> {
      Value share = DerivedFigures.complete(row(Area.council("300", "A council"), c))
          .value(ChildrenInNeed.ICPC_WITHIN_15_DAYS_PERCENT);
      return c.conferences() == 0 ? share.equals(Value.missing(MissingReason.NOT_APPLICABLE))
          : share.asDouble().orElseThrow() >= 0 && share.asDouble().orElseThrow() <= 100;
    });
  }

  @Test
  void aMissingPopulationOrCountNeverBecomesANumber() {
    qt().forAll(COUNTS, GAP, integers().between(0, 1)).check((c, reason, which) -> {
      AreaFigures full = row(Area.council("300", "A council"), c);
      Map<Measure, Value> v = new LinkedHashMap<>(full.values());
      v.put(which == 0 ? ChildrenInNeed.POPULATION_ESTIMATE : ChildrenInNeed.AT31_EPISODES, Value.missing(reason));
      Value rate = DerivedFigures.complete(ChildrenInNeed.figures(2024, full.area(), Optional.empty(), v))
          .value(ChildrenInNeed.CHILDREN_IN_NEED_PER_10000);
      return !rate.isPresent() && (rate.equals(Value.missing(reason))
          || rate.equals(Value.missing(MissingReason.NOT_COMPUTABLE)));
    });
  }
}
