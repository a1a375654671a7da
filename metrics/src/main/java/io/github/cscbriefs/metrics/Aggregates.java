package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Publication;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes England and regional rates from council returns by DfE's rules: the rate of the
 * summed components; a return whose input is missing is left out of both numerator and
 * denominator (DfE's rule for {@code u}); {@code low} counts as 0; a combined return counts once
 * (it is one row); a return missing in full can be carried forward from the previous year. See
 * {@link AggregationRules}.
 */
public final class Aggregates {

  private final Dataset dataset;
  private final AggregationRules rules;

  private Aggregates(Dataset dataset, AggregationRules rules) {
    this.dataset = dataset;
    this.rules = rules;
  }

  /** With DfE's rules. */
  public static Aggregates of(Dataset dataset) {
    return of(dataset, AggregationRules.dfe());
  }

  public static Aggregates of(Dataset dataset, AggregationRules rules) {
    return new Aggregates(java.util.Objects.requireNonNull(dataset, "dataset"),
        java.util.Objects.requireNonNull(rules, "rules"));
  }

  /** England's rate from every council return of {@code year}. */
  public Aggregate england(RateFormula formula, int year) {
    return recompute(formula, year, io.github.cscbriefs.model.Area.ENGLAND_CODE, returns(formula.publication(), year));
  }

  /**
   * A region's rate from its council returns. London includes Inner and Outer London's boroughs;
   * Inner or Outer London only their own.
   */
  public Aggregate region(Region region, RateFormula formula, int year) {
    List<AreaFigures> members = returns(formula.publication(), year).stream()
        .filter(r -> subRegionOf(r).map(s -> s == region || s.topLevel() == region).orElse(false))
        .toList();
    return recompute(formula, year, region.gssCode(), members);
  }

  /**
   * The rate of the summed components of {@code components}, which must be one row per council
   * return. Pure: needs no dataset.
   */
  public static Aggregate sum(RateFormula formula, int year, String areaCode,
      List<AreaFigures> components, AggregationRules rules) {
    double numerator = 0;
    double denominator = 0;
    List<String> included = new ArrayList<>();
    List<Aggregate.LeftOut> leftOut = new ArrayList<>();
    for (AreaFigures r : components) {
      Optional<MissingReason> excluded = exclusion(r, formula, rules);
      if (excluded.isPresent()) {
        leftOut.add(new Aggregate.LeftOut(r.area().code(), excluded.get()));
        continue;
      }
      numerator += total(r, formula.numerator());
      denominator += total(r, formula.denominator());
      included.add(r.area().code());
    }
    Value value = included.isEmpty() || denominator <= 0
        ? Value.missing(MissingReason.NOT_COMPUTABLE)
        // Scaled before dividing: one rounding, so a count ratio at a published tie (46 of 80 is 57.5%) stays one.
        : Value.of(numerator * formula.scale(year) / denominator);
    return new Aggregate(formula, year, areaCode, value, numerator, denominator, included, leftOut,
        List.of());
  }

  private Aggregate recompute(RateFormula formula, int year, String areaCode,
      List<AreaFigures> members) {
    List<AreaFigures> components = new ArrayList<>();
    List<String> carried = new ArrayList<>();
    for (AreaFigures r : members) {
      Optional<AreaFigures> previous = carriedForward(r);
      components.add(previous.orElse(r));
      previous.ifPresent(p -> carried.add(r.area().code()));
    }
    Aggregate a = sum(formula, year, areaCode, components, rules);
    return new Aggregate(a.formula(), a.year(), a.areaCode(), a.value(), a.numerator(),
        a.denominator(), a.included(), a.leftOut(), carried);
  }

  /** Why a return cannot be counted: the reason of its first missing input not counted as 0. */
  private static Optional<MissingReason> exclusion(AreaFigures r, RateFormula formula,
      AggregationRules rules) {
    return formula.inputs().stream().map(r::value)
        .filter(v -> v instanceof Value.Missing m && !rules.countedAsZero().contains(m.reason()))
        .map(v -> ((Value.Missing) v).reason())
        .findFirst();
  }

  /** Sum of the measures; a missing one here can only be counted-as-zero. */
  private static double total(AreaFigures r, List<Measure> measures) {
    return measures.stream().mapToDouble(m -> r.value(m).asDouble().orElse(0)).sum();
  }

  private Optional<AreaFigures> carriedForward(AreaFigures r) {
    // the return's own figures: not the population added to a children in need row, nor figures
    // computed from the return (Hackney's 2021 children in need return is x throughout)
    boolean wholeReturnMissing = r.values().keySet().stream().anyMatch(Measure::isReturned)
        && r.values().entrySet().stream().filter(e -> e.getKey().isReturned()).map(Map.Entry::getValue)
            .allMatch(v -> v instanceof Value.Missing m && m.reason() == MissingReason.NOT_AVAILABLE);
    if (!rules.carryForwardMissingReturns() || !wholeReturnMissing) {
      return Optional.empty();
    }
    return dataset.figures(r.publication(), r.area().code(), r.year() - 1);
  }

  /** Every council return of the year, once each, in area-code order. */
  private List<AreaFigures> returns(Publication publication, int year) {
    return dataset.councilReturns(publication, year).stream()
        .sorted(Comparator.comparing(r -> r.area().code()))
        .toList();
  }

  /**
   * The region or London sub-region a return belongs to. The record's own region wins when it
   * names a sub-region or a region outside London; for London (or none) the council's type
   * decides Inner or Outer London.
   */
  private Optional<Region> subRegionOf(AreaFigures r) {
    Optional<Region> own = r.region();
    if (own.isPresent() && (own.get().isSubRegion() || own.get() != Region.LONDON)) {
      return own;
    }
    CouncilDirectory councils = dataset.councils();
    String firstCode = r.area().members().get(0);
    return councils.byCode(firstCode).map(c -> c.subRegion()).or(() -> own);
  }
}
