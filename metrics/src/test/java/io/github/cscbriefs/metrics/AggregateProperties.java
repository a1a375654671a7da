package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.GeographicLevel;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AggregateProperties {

  private static final AggregationRules DFE = AggregationRules.dfe();
  private static final Gen<RateFormula> FORMULA = Generate.pick(List.of(RateFormula.TURNOVER, RateFormula.AGENCY,
      RateFormula.VACANCY, RateFormula.CASELOAD, RateFormula.ABSENCE));
  /** Council counts: every formula input between 1 and 1000, differing per council. */
  private static final Gen<List<Fixtures.Counts>> COUNCILS = councils(1);

  /** Between {@code least} and 40 councils' counts (drawn at that size, not filtered by an assumption). */
  private static Gen<List<Fixtures.Counts>> councils(int least) {
    return lists().of(
        doubles().between(20, 800).zip(doubles().between(0.02, 0.4), doubles().between(5, 30),
            (size, share, caseload) -> new Fixtures.Counts(size, size * share, size * share * 1.1,
                size * share * 0.9, size * 0.6, size * 0.6 * caseload, size * 253 * share / 5)))
        .ofSizeBetween(least, 40);
  }

  private static List<AreaFigures> returns(List<Fixtures.Counts> counts, int year) {
    List<AreaFigures> list = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      list.add(Workforce.figures(year, Area.council(String.valueOf(100 + i), "C" + i),
          Optional.empty(), Fixtures.values(counts.get(i), year)));
    }
    return list;
  }

  private static double rate(Aggregate a) {
    return a.value().asDouble().orElseThrow();
  }

  @Test
  void aRecomputedAggregateLiesBetweenItsComponentsMinimumAndMaximum() {
    qt().forAll(COUNCILS, FORMULA, integers().between(2017, 2025)).check((counts, formula, year) -> {
      List<AreaFigures> rs = returns(counts, year);
      double agg = rate(Aggregates.sum(formula, year, "E92000001", rs, DFE));
      List<Double> own = rs.stream().map(r -> r.value(formula.rate()).asDouble().orElseThrow()).toList();
      return agg >= Collections.min(own) - 1e-9 && agg <= Collections.max(own) + 1e-9;
    });
  }

  @Test
  void anAggregateDoesNotDependOnTheOrderOfItsComponents() {
    qt().forAll(COUNCILS, FORMULA, integers().all()).check((counts, formula, seed) -> {
      List<AreaFigures> rs = returns(counts, 2024);
      List<AreaFigures> shuffled = new ArrayList<>(rs);
      Collections.shuffle(shuffled, new Random(seed));
      return Math.abs(rate(Aggregates.sum(formula, 2024, "x", rs, DFE))
          - rate(Aggregates.sum(formula, 2024, "x", shuffled, DFE))) < 1e-9;
    });
  }

  @Test
  void aComponentMarkedLowReliabilityIsLeftOutOfNumeratorAndDenominator() {
    qt().forAll(councils(2), FORMULA).check((counts, formula) -> {
      List<AreaFigures> rs = new ArrayList<>(returns(counts, 2024));
      AreaFigures first = rs.get(0);
      Map<Measure, Value> values = new java.util.LinkedHashMap<>(first.values());
      values.put(formula.numerator().get(0), Value.missing(MissingReason.LOW_RELIABILITY));
      rs.set(0, Workforce.figures(2024, first.area(), first.region(), values));
      Aggregate withU = Aggregates.sum(formula, 2024, "x", rs, DFE);
      Aggregate without = Aggregates.sum(formula, 2024, "x", rs.subList(1, rs.size()), DFE);
      return Math.abs(rate(withU) - rate(without)) < 1e-9
          && withU.leftOut().equals(List.of(new Aggregate.LeftOut(first.area().code(), MissingReason.LOW_RELIABILITY)))
          && withU.isReproducible();
    });
  }

  @Test
  void theAggregateOfOneCouncilIsItsOwnRate() {
    qt().forAll(COUNCILS.map(c -> c.subList(0, 1)), FORMULA).check((counts, formula) -> {
      AreaFigures r = returns(counts, 2020).get(0);
      return Math.abs(rate(Aggregates.sum(formula, 2020, "x", List.of(r), DFE))
          - r.value(formula.rate()).asDouble().orElseThrow()) < 1e-9;
    });
  }

  @Test
  void anAggregateWithNoUsableComponentIsMissingNotZero() {
    qt().forAll(COUNCILS, FORMULA, Generate.pick(List.of(MissingReason.NOT_AVAILABLE, MissingReason.SUPPRESSED,
        MissingReason.LOW_RELIABILITY))).check((counts, formula, reason) -> {
          List<AreaFigures> rs = returns(counts, 2024).stream().map(r -> {
            Map<Measure, Value> values = new java.util.LinkedHashMap<>(r.values());
            formula.denominator().forEach(m -> values.put(m, Value.missing(reason)));
            return Workforce.figures(2024, r.area(), r.region(), values);
          }).toList();
          Aggregate a = Aggregates.sum(formula, 2024, "x", rs, DFE);
          return a.value().equals(Value.missing(MissingReason.NOT_COMPUTABLE)) && a.included().isEmpty()
              && a.leftOut().size() == rs.size();
        });
  }
}
