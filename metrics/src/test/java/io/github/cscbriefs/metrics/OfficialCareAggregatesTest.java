package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.CareTableReader;
import io.github.cscbriefs.data.ChildrenInNeedReader;
import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.ReadLimits;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.ChildrenLookedAfter;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every England and regional percentage and rate of the bundled children in need (2013–2025) and
 * children looked after (2021–2025) releases that {@link RateFormula} derives, recomputed from the
 * council rows by DfE's rules and compared with the published figure at the published precision
 * (children in need to 1 decimal place, children looked after to whole numbers); every published
 * England and regional count behind them compared with the sum of its councils' where no council's
 * is withheld; and every council's own published figure compared with its counts' ratio.
 *
 * <p>On the bundled releases, 608 of 836 published England and regional figures agree (72.7%); of the 647
 * that the council rows can reproduce, 605. Every disagreement leaves out a council whose figure the
 * council row withholds (or marks {@code u}) but DfE's total counts, shown by the published counts exceeding
 * the councils' sum. Most are plans lasting 2 years or more (139 of 143): DfE suppresses the count of such
 * plans ({@code c}) for a council with few of them, so leaving those councils out raises the recomputed
 * share (England 2025: 3.0% recomputed, 2.3% published) and no one can rebuild the withheld cells. The rest
 * are re-referrals, second plans and care leavers in suitable accommodation (many councils' counts of
 * 17 to 18 year olds suitably housed are {@code c}). The figures are published as report entries.
 */
class OfficialCareAggregatesTest {

  /** The formulas of DfE's children in need and children looked after releases. */
  private static final List<RateFormula> FORMULAS = List.of(RateFormula.REREFERRALS, RateFormula.CPP_SUBSEQUENT,
      RateFormula.CPP_TWO_YEARS_OR_MORE, RateFormula.CLA_THREE_OR_MORE_PLACEMENTS, RateFormula.LONG_TERM_STABILITY,
      RateFormula.CARE_LEAVERS_EET_17_18, RateFormula.CARE_LEAVERS_EET_19_21, RateFormula.CARE_LEAVERS_SUITABLE_17_18,
      RateFormula.CARE_LEAVERS_SUITABLE_19_21, RateFormula.CLA_RATE_PER_10000);

  private static final Dataset DATA = dataset();

  /**
   * How many published England and regional figures of each formula disagree with the recomputation: a new
   * disagreement (or a fixed one) fails the test, which must then be looked at and this updated.
   */
  private static final Map<RateFormula, Integer> DISAGREEMENTS = Map.of(
      RateFormula.REREFERRALS, 18,
      RateFormula.CPP_SUBSEQUENT, 32,
      RateFormula.CPP_TWO_YEARS_OR_MORE, 152,
      RateFormula.CLA_THREE_OR_MORE_PLACEMENTS, 2,
      RateFormula.LONG_TERM_STABILITY, 0,
      RateFormula.CARE_LEAVERS_EET_17_18, 1,
      RateFormula.CARE_LEAVERS_EET_19_21, 0,
      RateFormula.CARE_LEAVERS_SUITABLE_17_18, 20,
      RateFormula.CARE_LEAVERS_SUITABLE_19_21, 6,
      RateFormula.CLA_RATE_PER_10000, 0);

  /**
   * Disagreements whose left-out councils are only {@code u} (low reliability), which by the workforce rule
   * DfE leaves out of its totals, so {@link Aggregate#isReproducible()} holds; keyed "year area-code measure".
   */
  private static final Map<String, String> EXPLAINED = Map.of(
      "2024 E12000005 rereferral_percent", Texts.HEREFORDSHIRE_2024,
      "2023 E12000005 rereferral_percent", "Herefordshire's 2023 re-referrals are marked u; DfE's West Midlands "
          + "total counts them (published 13,250 re-referrals of 68,180 referrals; the other councils' 13,249 of "
          + "66,610 give 19.9%, DfE 19.4%).",
      "2024 E12000008 rereferral_percent", Texts.HAMPSHIRE_2024,
      "2024 E12000008 CPP_subsequent_percent", Texts.HAMPSHIRE_2024);

  /** Explanations used more than once. */
  private static final class Texts {
    static final String HAMPSHIRE_2024 = "Hampshire's 2024 children in need counts are marked u; unlike the "
        + "workforce's u, DfE's South East and England totals count them (the published counts exceed the other "
        + "councils' sum by Hampshire's whole size).";
    static final String HEREFORDSHIRE_2024 = "Herefordshire's 2024 referrals and re-referrals are marked u; DfE's "
        + "West Midlands total counts them (published 64,200 referrals; the other councils' sum 63,393).";
  }

  /** Reasons that withhold nothing: the council has no such figure. */
  private static final Set<MissingReason> NOTHING_TO_COUNT = EnumSet.of(MissingReason.NOT_APPLICABLE,
      MissingReason.NOT_PUBLISHED);

  private static Dataset dataset() {
    Dataset official = OfficialData.load();
    CouncilDirectory councils = official.councils();
    ReadLimits limits = ReadLimits.of(Clock.systemDefaultZone());
    return official.toBuilder()
        .figures(ChildrenInNeedReader.embedded().records())
        .figures(CareTableReader.childrenLookedAfter(councils, limits).records())
        .figures(CareTableReader.placementStability(councils, limits).records())
        .figures(CareTableReader.careLeaversActivity(councils, limits).records())
        .figures(CareTableReader.careLeaversAccommodation(councils, limits).records())
        .build();
  }

  /** DfE publishes children in need percentages to 1 decimal place, children looked after figures to whole numbers. */
  private static int decimals(RateFormula formula) {
    return formula.publication().equals(ChildrenInNeed.PUBLICATION) ? 1 : 0;
  }

  /** One published England or regional figure and its recomputation. */
  private record Check(AreaFigures published, RateFormula formula, Aggregate recomputed, boolean agrees) {

    String key() {
      return published.year() + " " + published.area().code() + " " + formula.rate().id();
    }

    String label() {
      return key() + " (" + published.area().name() + ") published " + published.value(formula.rate())
          + ", recomputed " + round(recomputed.value(), decimals(formula)).map(BigDecimal::toPlainString).orElse("..");
    }

    /** Why a disagreement is expected, from the figures themselves or the list above. */
    Optional<String> explanation() {
      Optional<String> known = Optional.ofNullable(EXPLAINED.get(key()));
      if (known.isPresent() && recomputed.isReproducible()) {
        return known;
      }
      if (!recomputed.carriedForward().isEmpty()) {
        return Optional.of("the recomputation carries forward last year's figures for "
            + recomputed.carriedForward() + ", as DfE does for a missing workforce return");
      }
      if (!recomputed.isReproducible()) {
        return withheldCounts().map(w -> "DfE's total counts figures the council rows withhold " + recomputed.leftOut()
            + ": the published counts allow " + w + " more, and with them the published figure");
      }
      return Optional.empty();
    }

    /**
     * Counts that, added to the counted councils' sums, give both DfE's published counts (rounded to the
     * nearest 10) and its published figure: "numerator a, denominator b", the fewest such; empty if none do, so
     * that withheld figures cannot account for the disagreement.
     */
    private Optional<String> withheldCounts() {
      Measure top = formula.numerator().get(0);
      Measure bottom = formula.denominator().get(0);
      Optional<long[]> tops = extra(top);
      Optional<long[]> bottoms = extra(bottom);
      if (tops.isEmpty() || bottoms.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal target = BigDecimal.valueOf(published.value(formula.rate()).asDouble().orElseThrow());
      for (long a = tops.get()[0]; a <= tops.get()[1]; a++) {
        for (long b = bottoms.get()[0]; b <= bottoms.get()[1]; b++) {
          double n = recomputed.numerator() + a;
          double d = recomputed.denominator() + b;
          if (d > 0 && round(Value.of(n * formula.scale(published.year()) / d), decimals(formula)).orElseThrow()
              .compareTo(target) == 0) {
            return Optional.of(top.id() + " " + a + ", " + bottom.id() + " " + b);
          }
        }
      }
      return Optional.empty();
    }

    /** The range of counts of {@code m} the published total has beyond the counted councils' sum. */
    private Optional<long[]> extra(Measure m) {
      OptionalDouble p = published.value(m).asDouble();
      if (p.isEmpty()) {
        return Optional.empty();
      }
      long sum = Math.round(formula.numerator().contains(m) ? recomputed.numerator() : recomputed.denominator());
      long total = Math.round(p.getAsDouble());
      long low = m.equals(ChildrenLookedAfter.POPULATION_ESTIMATE) ? total : total - 5;
      long high = m.equals(ChildrenLookedAfter.POPULATION_ESTIMATE) ? total : total + 4;
      return high < sum ? Optional.empty() : Optional.of(new long[] {Math.max(0, low - sum), high - sum});
    }
  }

  private static List<Check> checks() {
    Aggregates aggregates = Aggregates.of(DATA);
    List<Check> checks = new ArrayList<>();
    for (RateFormula formula : FORMULAS) {
      for (int year : DATA.years()) {
        DATA.england(formula.publication(), year).ifPresent(r -> checks.add(check(r, formula,
            aggregates.england(formula, year))));
        for (Region region : Region.values()) {
          DATA.region(formula.publication(), region, year).ifPresent(r ->
              checks.add(check(r, formula, aggregates.region(region, formula, year))));
        }
      }
    }
    return checks.stream().filter(c -> c.published().value(c.formula().rate()).isPresent()).toList();
  }

  private static Check check(AreaFigures published, RateFormula formula, Aggregate recomputed) {
    Optional<BigDecimal> r = round(recomputed.value(), decimals(formula));
    boolean agrees = r.isPresent() && published.value(formula.rate()).asDouble().stream()
        .anyMatch(p -> r.get().compareTo(BigDecimal.valueOf(p)) == 0);
    return new Check(published, formula, recomputed, agrees);
  }

  private static Optional<BigDecimal> round(Value value, int decimals) {
    return value.asDouble().stream().boxed().findFirst()
        .map(v -> BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP));
  }

  /** DfE rounds England and regional counts to the nearest 10; the population estimates it divides by are exact. */
  private static double roundedCount(Measure m, double sum) {
    return m.equals(ChildrenLookedAfter.POPULATION_ESTIMATE) ? sum
        : BigDecimal.valueOf(sum).divide(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP).doubleValue() * 10;
  }

  @Test
  void recomputedEnglandAndRegionalFiguresAgreeWithThePublishedOnes(TestReporter reporter) {
    List<Check> checks = checks();
    Map<String, String> disagreements = new TreeMap<>();
    checks.stream().filter(c -> !c.agrees())
        .forEach(c -> disagreements.put(c.label(), c.explanation().orElse("UNEXPLAINED")));
    Map<RateFormula, String> perFormula = new LinkedHashMap<>();
    Map<RateFormula, Integer> disagreeing = new LinkedHashMap<>();
    for (RateFormula f : FORMULAS) {
      List<Check> of = checks.stream().filter(c -> c.formula() == f).toList();
      long agree = of.stream().filter(Check::agrees).count();
      perFormula.put(f, agree + " of " + of.size());
      disagreeing.put(f, (int) (of.size() - agree));
    }
    long agreeAll = checks.stream().filter(Check::agrees).count();
    List<Check> reproducible = checks.stream().filter(c -> c.recomputed().isReproducible()).toList();
    reporter.publishEntry("agreement", String.format(Locale.UK, "%d of %d published aggregates (%.1f%%) agree; "
        + "%d of %d reproducible ones; by formula %s", agreeAll, checks.size(), 100.0 * agreeAll / checks.size(),
        reproducible.stream().filter(Check::agrees).count(), reproducible.size(), perFormula));
    disagreements.forEach(reporter::publishEntry);

    assertEquals(3 * 13 * 12 + 7 * 5 * 12, checks.size(), "every year, area and formula checked (England, 9 "
        + "regions, Inner and Outer London)");
    assertEquals(List.of(), disagreements.entrySet().stream().filter(e -> e.getValue().equals("UNEXPLAINED"))
        .map(Map.Entry::getKey).toList(), "every disagreement is explained");
    assertEquals(DISAGREEMENTS, disagreeing, "disagreements by formula, agreement " + perFormula);
    List<String> unused = EXPLAINED.keySet().stream()
        .filter(k -> checks.stream().noneMatch(c -> c.key().equals(k) && !c.agrees())).toList();
    assertEquals(List.of(), unused, "no stale explanations");
  }

  @Test
  void everyCouncilsPublishedFigureIsItsCountsRatioAtThePublishedRounding(TestReporter reporter) {
    int agree = 0;
    List<String> disagreements = new ArrayList<>();
    for (RateFormula f : FORMULAS) {
      for (int year : DATA.years()) {
        for (AreaFigures r : DATA.councilReturns(f.publication(), year)) {
          Value published = r.value(f.rate());
          boolean complete = f.inputs().stream().allMatch(m -> r.value(m).isPresent());
          if (!published.isPresent() || !complete) {
            continue;
          }
          Aggregate own = Aggregates.sum(f, year, r.area().code(), List.of(r), AggregationRules.dfe());
          Optional<BigDecimal> rounded = round(own.value(), decimals(f));
          if (rounded.isPresent() && rounded.get().compareTo(BigDecimal.valueOf(published.asDouble().orElseThrow())) == 0) {
            agree++;
          } else {
            disagreements.add(year + " " + r.area().code() + " " + f.rate().id() + ": published " + published
                + ", counts give " + own.value());
          }
        }
      }
    }
    reporter.publishEntry("councils", agree + " council figures agree with their counts' ratio; "
        + disagreements.size() + " do not");
    assertTrue(agree > 9000, "council figures checked: " + agree);
    assertEquals(List.of(), disagreements);
  }

  @Test
  void publishedEnglandAndRegionalCountsAreTheirCouncilsSumWhereNoneIsWithheld(TestReporter reporter) {
    Aggregates aggregates = Aggregates.of(DATA);
    int agree = 0;
    int withheld = 0;
    List<String> disagreements = new ArrayList<>();
    for (RateFormula f : FORMULAS) {
      for (Check c : checks().stream().filter(c -> c.formula() == f).toList()) {
        Aggregate a = c.recomputed();
        List<String> members = Stream.concat(a.included().stream(), a.leftOut().stream().map(Aggregate.LeftOut::areaCode))
            .toList();
        for (Measure m : f.inputs()) {
          Value published = c.published().value(m);
          List<Value> values = members.stream().map(code -> DATA.figures(f.publication(), code, c.published().year())
              .map(r -> r.value(m)).orElse(Value.missing(MissingReason.NOT_PUBLISHED))).toList();
          boolean complete = values.stream().allMatch(v -> v.isPresent()
              || v instanceof Value.Missing x && NOTHING_TO_COUNT.contains(x.reason()));
          if (!published.isPresent() || !complete || !a.carriedForward().isEmpty()) {
            withheld++;
            continue;
          }
          double sum = values.stream().mapToDouble(v -> v.asDouble().orElse(0)).sum();
          if (roundedCount(m, sum) == published.asDouble().orElseThrow()) {
            agree++;
          } else {
            disagreements.add(c.key() + " " + m.id() + ": published " + published + ", councils' sum " + sum);
          }
        }
      }
    }
    reporter.publishEntry("counts", agree + " published counts are their councils' sum (to the nearest 10, "
        + "populations exactly); " + withheld + " have a council's figure withheld; " + disagreements.size()
        + " disagree");
    assertTrue(agree > 1000, "counts checked: " + agree);
    assertEquals(List.of(), disagreements);
    assertTrue(aggregates.england(RateFormula.REREFERRALS, 2025).included().size() > 140);
  }
}
