package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.CareTableReader;
import io.github.cscbriefs.data.ChildrenInNeedReader;
import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.ReadLimits;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildPopulation;
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
import java.util.stream.Collectors;
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
 * <p>On the bundled releases, 657 of 888 published England and regional figures agree (74.0%): all 60 of
 * long-term placement stability, care leavers aged 19 to 21 in education, employment or training and the rate of
 * children looked after per 10,000; 59 of 60 care leavers aged 17 to 18 in education, employment or training; 58
 * of 60 with 3 or more placements; 54 of 60 and 40 of 60 care leavers aged 19 to 21 and 17 to 18 in suitable
 * accommodation; 138 of 156 re-referrals; 124 of 156 second or subsequent plans; 4 of 156 plans lasting 2 years
 * or more. Of the 532 that the council rows should reproduce (no council's figure withheld), 528 agree.
 *
 * <p>Every disagreement but one leaves out a council whose figure the council row withholds ({@code x}, {@code
 * c}) or marks {@code u}, and the test proves that DfE's total counts it: some counts within DfE's published
 * England or regional counts (rounded to the nearest 10), no fewer than the council publishes, give the published
 * figure. Plans lasting 2 years or more are suppressed ({@code c}) for most councils with few of them, so
 * leaving those councils out raises the recomputed share (England 2025: 3.0% recomputed, 2.3% published); no one
 * can rebuild those cells. Care leavers aged 17 to 18 in suitable accommodation are {@code c} where nearly all
 * are suitably housed, so leaving them out lowers the share. Unlike the workforce census, DfE's children in need
 * totals count Hampshire's (2024) and Herefordshire's (2023, 2024) figures marked {@code u}. Hackney's 2021 and 2022
 * children in need returns are {@code x} throughout: carrying its 2020 figures forward reproduces DfE's 2021
 * re-referral totals exactly, but not its plan totals nor its 2022 figures. The one other, England's second or
 * subsequent plans in 2022, is in {@link #EXPLAINED}.
 *
 * <p>All 10,308 council figures whose counts are published are their counts' ratio at the published rounding
 * (with the ratio scaled before dividing: Lambeth's 46 of 80 is 57.5%, published 58%). All 1,295 England and
 * regional counts with every council's figure published are their councils' sum rounded to the nearest 10
 * (population estimates exactly); 481 have a council's figure withheld. The population behind every rate per
 * 10,000 (821 areas and years) is ONS's mid-year estimate of the year before. The figures are published as
 * report entries.
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

  /** DfE's rules, without carrying a missing return forward: what the published counts are compared with. */
  private static final AggregationRules UNCARRIED = new AggregationRules(AggregationRules.dfe().countedAsZero(), false);

  /**
   * Disagreements that withheld figures cannot account for, keyed "year area-code measure", each accepted only
   * while the reason given holds.
   */
  private static final Map<String, String> EXPLAINED = Map.of(
      "2022 E92000001 CPP_subsequent_percent", "DfE's published England figure, 22.7%, is not the ratio of its own "
          + "published counts: 14,550 second or subsequent plans of 64,390 starting is 22.6%, and no counts that "
          + "round to those give 22.7%");

  /** Reasons that withhold nothing: the council has no such figure. */
  private static final Set<MissingReason> NOTHING_TO_COUNT = EnumSet.of(MissingReason.NOT_APPLICABLE,
      MissingReason.NOT_PUBLISHED);

  /** The bundled data: its loader reads the children in need and children looked after releases. */
  private static Dataset dataset() {
    return OfficialData.load();
  }

  /** DfE publishes children in need percentages to 1 decimal place, children looked after figures to whole numbers. */
  private static int decimals(RateFormula formula) {
    return formula.publication().equals(ChildrenInNeed.PUBLICATION) ? 1 : 0;
  }

  /**
   * One published England or regional figure and its recomputation, by DfE's rules ({@code recomputed}) and
   * without carrying a missing return forward ({@code uncarried}).
   */
  private record Check(AreaFigures published, RateFormula formula, Aggregate recomputed, Aggregate uncarried,
      boolean agrees) {

    String key() {
      return published.year() + " " + published.area().code() + " " + formula.rate().id();
    }

    String label() {
      return key() + " (" + published.area().name() + ") published " + published.value(formula.rate())
          + ", recomputed " + round(recomputed.value(), decimals(formula)).map(BigDecimal::toPlainString).orElse("..");
    }

    /**
     * Why a disagreement is expected, proved from the figures: councils were left out (their figures withheld
     * as {@code x} or {@code c}, or marked {@code u}), and some counts for them that the published England or
     * regional counts leave room for give the published figure. A carried-forward return is judged as left
     * out, since its previous year's figures did not give the published one.
     */
    Optional<String> explanation() {
      Aggregate base = uncarried;
      if (EXPLAINED.containsKey(key()) && publishedCountsCannotGiveIt()) {
        return Optional.of(EXPLAINED.get(key()));
      }
      if (base.leftOut().isEmpty()) {
        return Optional.empty();
      }
      return withheldCounts(base).map(w -> {
        String councils = base.leftOut().stream().filter(l -> !NOTHING_TO_COUNT.contains(l.reason()))
            .map(l -> name(l.areaCode()) + " (" + l.reason().symbol() + ")")
            .collect(Collectors.joining(", "));
        String carried = recomputed.carriedForward().isEmpty() ? ""
            : "; carrying forward the previous year's figures of " + recomputed.carriedForward().stream()
                .map(this::name).collect(Collectors.joining(", ")) + " does not give it";
        String u = base.leftOut().stream().anyMatch(l -> l.reason() == MissingReason.LOW_RELIABILITY)
            ? "; unlike the workforce census's, DfE's totals count figures marked u" : "";
        return "DfE's total counts figures the council rows withhold: " + councils + ". The published counts leave "
            + "room for " + w + " more, which give the published figure" + carried + u;
      });
    }

    /** No counts that DfE's published England or regional counts are rounded from give its published figure. */
    private boolean publishedCountsCannotGiveIt() {
      Aggregate none = new Aggregate(formula, published.year(), published.area().code(), Value.of(0), 0, 0,
          List.of(), List.of(), List.of());
      return withheldCounts(none).isEmpty();
    }

    private String name(String code) {
      return DATA.figures(formula.publication(), code, published.year()).map(r -> r.area().name()).orElse(code);
    }

    /**
     * The fewest counts that, added to the counted councils' sums, stay within DfE's published counts (rounded
     * to the nearest 10), are at least what the left-out councils publish, keep the numerator within the
     * denominator, and give the published figure; empty if there are none, so that withheld figures cannot
     * account for the disagreement.
     */
    private Optional<String> withheldCounts(Aggregate base) {
      Measure top = formula.numerator().get(0);
      Measure bottom = formula.denominator().get(0);
      Optional<long[]> tops = extra(base, top, base.numerator());
      Optional<long[]> bottoms = extra(base, bottom, base.denominator());
      if (tops.isEmpty() || bottoms.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal target = BigDecimal.valueOf(published.value(formula.rate()).asDouble().orElseThrow());
      for (long a = tops.get()[0]; a <= tops.get()[1]; a++) {
        for (long b = Math.max(a, bottoms.get()[0]); b <= bottoms.get()[1]; b++) {
          double n = base.numerator() + a;
          double d = base.denominator() + b;
          if (d > 0 && round(Value.of(n * formula.scale(published.year()) / d), decimals(formula)).orElseThrow()
              .compareTo(target) == 0) {
            return Optional.of(a + " " + top.id() + " and " + b + " " + bottom.id());
          }
        }
      }
      return Optional.empty();
    }

    /**
     * The range of counts of {@code m} that the published total has beyond {@code counted}, the counted councils'
     * sum: at least the left-out councils' own published counts of it.
     */
    private Optional<long[]> extra(Aggregate base, Measure m, double counted) {
      OptionalDouble p = published.value(m).asDouble();
      if (p.isEmpty()) {
        return Optional.empty();
      }
      long sum = Math.round(counted);
      long known = Math.round(base.leftOut().stream().mapToDouble(l -> DATA.figures(formula.publication(),
          l.areaCode(), published.year()).flatMap(r -> r.value(m).asDouble().stream().boxed().findFirst()).orElse(0.0))
          .sum());
      long total = Math.round(p.getAsDouble());
      boolean exact = m.equals(ChildrenLookedAfter.POPULATION_ESTIMATE);
      long low = Math.max(known, (exact ? total : total - 5) - sum);
      long high = (exact ? total : total + 4) - sum;
      return high < low ? Optional.empty() : Optional.of(new long[] {low, high});
    }
  }

  private static List<Check> checks() {
    Aggregates aggregates = Aggregates.of(DATA);
    Aggregates uncarried = Aggregates.of(DATA, UNCARRIED);
    List<Check> checks = new ArrayList<>();
    for (RateFormula formula : FORMULAS) {
      for (int year : DATA.years()) {
        DATA.england(formula.publication(), year).ifPresent(r -> checks.add(check(r, formula,
            aggregates.england(formula, year), uncarried.england(formula, year))));
        for (Region region : Region.values()) {
          DATA.region(formula.publication(), region, year).ifPresent(r -> checks.add(check(r, formula,
              aggregates.region(region, formula, year), uncarried.region(region, formula, year))));
        }
      }
    }
    return checks.stream().filter(c -> c.published().value(c.formula().rate()).isPresent()).toList();
  }

  private static Check check(AreaFigures published, RateFormula formula, Aggregate recomputed, Aggregate uncarried) {
    Optional<BigDecimal> r = round(recomputed.value(), decimals(formula));
    boolean agrees = r.isPresent() && published.value(formula.rate()).asDouble().stream()
        .anyMatch(p -> r.get().compareTo(BigDecimal.valueOf(p)) == 0);
    return new Check(published, formula, recomputed, uncarried, agrees);
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
          BigDecimal expected = BigDecimal.valueOf(published.asDouble().orElseThrow());
          if (rounded.isPresent() && rounded.get().compareTo(expected) == 0) {
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
    int agree = 0;
    int withheld = 0;
    List<String> disagreements = new ArrayList<>();
    for (Check c : checks()) {
      Aggregate a = c.uncarried();
      int year = c.published().year();
      List<String> members = Stream.concat(a.included().stream(), a.leftOut().stream().map(Aggregate.LeftOut::areaCode))
          .toList();
      for (Measure m : c.formula().inputs()) {
        Value published = c.published().value(m);
        List<Value> values = members.stream().map(code -> DATA.figures(c.formula().publication(), code, year)
            .map(r -> r.value(m)).orElse(Value.missing(MissingReason.NOT_PUBLISHED))).toList();
        boolean complete = values.stream().allMatch(v -> v.isPresent()
            || v instanceof Value.Missing x && NOTHING_TO_COUNT.contains(x.reason()));
        if (!published.isPresent() || !complete) {
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
    reporter.publishEntry("counts", agree + " published England and regional counts are their councils' sum (to "
        + "the nearest 10, populations exactly); " + withheld + " have a council's figure withheld; "
        + disagreements.size() + " disagree");
    assertTrue(agree > 1000, "counts checked: " + agree);
    assertEquals(List.of(), disagreements);
  }

  /**
   * The population DfE divides children looked after on 31 March of year Y by is ONS's mid-year estimate of
   * children aged 0 to 17 of Y − 1 (30 June), for every area with both: the estimate to use for other rates
   * per 10,000 children of a year to 31 March.
   */
  @Test
  void thePopulationBehindTheRatePer10000IsOnsMidYearEstimateOfThePreviousYear(TestReporter reporter) {
    CouncilDirectory councils = DATA.councils();
    List<AreaFigures> ons = CareTableReader.childPopulation(councils, ReadLimits.of(Clock.systemDefaultZone()))
        .records();
    Map<String, Value> onsByArea = new TreeMap<>();
    ons.forEach(r -> onsByArea.put(r.area().code() + " " + r.year(), r.value(ChildPopulation.CHILDREN_AGED_0_TO_17)));
    int same = 0;
    List<String> different = new ArrayList<>();
    for (AreaFigures r : DATA.figures(ChildrenLookedAfter.PUBLICATION)) {
      Value dfe = r.value(ChildrenLookedAfter.POPULATION_ESTIMATE);
      Value previousYear = onsByArea.get(r.area().code() + " " + (r.year() - 1));
      if (!dfe.isPresent() || previousYear == null || !previousYear.isPresent()) {
        continue;
      }
      if (dfe.equals(previousYear)) {
        same++;
      } else {
        different.add(r.area().code() + " " + r.year() + ": DfE " + dfe + ", ONS " + (r.year() - 1) + " "
            + previousYear);
      }
    }
    reporter.publishEntry("population", same + " populations are ONS's estimate of the previous year");
    assertTrue(same > 800, "areas and years compared: " + same);
    assertEquals(List.of(), different);
  }
}
