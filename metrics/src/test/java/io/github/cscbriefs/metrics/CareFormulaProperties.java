package io.github.cscbriefs.metrics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
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

/** Properties of the children in need and children looked after formulas, on generated council counts. */
class CareFormulaProperties {

  private static final AggregationRules DFE = AggregationRules.dfe();
  private static final int YEAR = 2024;

  /** The percentages of a total: the numerator is part of the denominator. */
  private static final List<RateFormula> PERCENTAGES = List.of(RateFormula.REREFERRALS, RateFormula.CPP_SUBSEQUENT,
      RateFormula.CPP_TWO_YEARS_OR_MORE, RateFormula.CLA_THREE_OR_MORE_PLACEMENTS, RateFormula.LONG_TERM_STABILITY,
      RateFormula.CARE_LEAVERS_EET_17_18, RateFormula.CARE_LEAVERS_EET_19_21, RateFormula.CARE_LEAVERS_SUITABLE_17_18,
      RateFormula.CARE_LEAVERS_SUITABLE_19_21);
  private static final Gen<RateFormula> PERCENTAGE = Generate.pick(PERCENTAGES);
  private static final Gen<RateFormula> ANY = Generate.pick(concat(PERCENTAGES, RateFormula.CLA_RATE_PER_10000));
  /** Reasons a council's figure is withheld or unreliable: never counted as 0. */
  private static final Gen<MissingReason> WITHHELD = Generate.pick(List.of(MissingReason.SUPPRESSED,
      MissingReason.NOT_AVAILABLE, MissingReason.LOW_RELIABILITY, MissingReason.BLANK));

  /** One council's counts: a denominator of 1 to 5,000 (up to 300,000 for a population) and a part of it. */
  private record Counts(long numerator, long denominator) {}

  /** Between {@code least} and 40 councils' counts (drawn at that size, not filtered by an assumption). */
  private static Gen<List<Counts>> councils(int least, double maxShare, int maxDenominator) {
    return lists().of(integers().between(1, maxDenominator).zip(doubles().between(0, maxShare),
        (d, share) -> new Counts((long) Math.floor(d * share), d))).ofSizeBetween(least, 40);
  }

  private static Gen<List<Counts>> councilsFor(int least) {
    return councils(least, 1, 5000);
  }

  private static List<AreaFigures> returns(RateFormula formula, List<Counts> counts) {
    List<AreaFigures> list = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      list.add(figures(formula, i, Value.of(counts.get(i).numerator()), Value.of(counts.get(i).denominator())));
    }
    return list;
  }

  private static AreaFigures figures(RateFormula formula, int i, Value numerator, Value denominator) {
    Map<Measure, Value> values = new LinkedHashMap<>();
    values.put(formula.numerator().get(0), numerator);
    values.put(formula.denominator().get(0), denominator);
    return new AreaFigures(formula.publication(), YEAR, Area.council(String.valueOf(100 + i), "C" + i),
        Optional.empty(), values);
  }

  private static double rate(Aggregate a) {
    return a.value().asDouble().orElseThrow();
  }

  private static <T> List<T> concat(List<T> list, T last) {
    List<T> all = new ArrayList<>(list);
    all.add(last);
    return List.copyOf(all);
  }

  @Test
  void aPercentageOfATotalLiesBetween0And100() {
    qt().forAll(councilsFor(1), PERCENTAGE).check((counts, formula) -> {
      Aggregate a = Aggregates.sum(formula, YEAR, "E92000001", returns(formula, counts), DFE);
      return rate(a) >= 0 && rate(a) <= 100;
    });
  }

  @Test
  void anAggregateDoesNotDependOnTheOrderOfItsCouncils() {
    qt().forAll(councilsFor(1), ANY, integers().all()).check((counts, formula, seed) -> {
      List<AreaFigures> rs = returns(formula, counts);
      List<AreaFigures> shuffled = new ArrayList<>(rs);
      Collections.shuffle(shuffled, new Random(seed));
      Aggregate a = Aggregates.sum(formula, YEAR, "x", rs, DFE);
      Aggregate b = Aggregates.sum(formula, YEAR, "x", shuffled, DFE);
      // Integer counts sum exactly in any order, so the two are the same number, not merely close.
      return a.value().equals(b.value()) && a.numerator() == b.numerator() && a.denominator() == b.denominator();
    });
  }

  @Test
  void aWithheldCountIsLeftOutOfNumeratorAndDenominatorNeverCountedAs0() {
    qt().forAll(councilsFor(2), ANY, WITHHELD, integers().between(0, 1)).check((counts, formula, reason, which) -> {
      List<AreaFigures> rs = new ArrayList<>(returns(formula, counts));
      Counts first = counts.get(0);
      Value missing = Value.missing(reason);
      rs.set(0, which == 0 ? figures(formula, 0, missing, Value.of(first.denominator()))
          : figures(formula, 0, Value.of(first.numerator()), missing));
      Aggregate with = Aggregates.sum(formula, YEAR, "x", rs, DFE);
      Aggregate others = Aggregates.sum(formula, YEAR, "x", rs.subList(1, rs.size()), DFE);
      double othersDenominator = counts.subList(1, counts.size()).stream().mapToLong(Counts::denominator).sum();
      return with.value().equals(others.value()) && with.denominator() == othersDenominator
          && with.leftOut().equals(List.of(new Aggregate.LeftOut("100", reason)))
          && !with.included().contains("100");
    });
  }

  @Test
  void anAggregateOfOnlyWithheldCountsIsMissingNot0() {
    qt().forAll(councilsFor(1), ANY, WITHHELD).check((counts, formula, reason) -> {
      List<AreaFigures> rs = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        rs.add(figures(formula, i, Value.missing(reason), Value.of(counts.get(i).denominator())));
      }
      Aggregate a = Aggregates.sum(formula, YEAR, "x", rs, DFE);
      return a.value().equals(Value.missing(MissingReason.NOT_COMPUTABLE)) && a.included().isEmpty()
          && a.leftOut().size() == counts.size();
    });
  }

  @Test
  void theRatePer10000ScalesWithItsCount() {
    RateFormula formula = RateFormula.CLA_RATE_PER_10000;
    qt().forAll(councils(1, 0.02, 300_000), integers().between(2, 9)).check((counts, factor) -> {
      List<Counts> scaled = counts.stream().map(c -> new Counts(c.numerator() * factor, c.denominator())).toList();
      double rate = rate(Aggregates.sum(formula, YEAR, "x", returns(formula, counts), DFE));
      double scaledRate = rate(Aggregates.sum(formula, YEAR, "x", returns(formula, scaled), DFE));
      long children = counts.stream().mapToLong(Counts::numerator).sum();
      long population = counts.stream().mapToLong(Counts::denominator).sum();
      return Math.abs(scaledRate - factor * rate) <= 1e-9 * Math.max(1, scaledRate)
          && Math.abs(rate - 10_000.0 * children / population) <= 1e-9 * Math.max(1, rate);
    });
  }
}
