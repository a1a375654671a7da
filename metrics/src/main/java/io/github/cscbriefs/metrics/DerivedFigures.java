package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds to every row the figures no release publishes but the brief reports ({@link
 * RateFormula#isComputed()}): rates per 10,000 children from a count and the population DfE divides by,
 * and the share of initial child protection conferences held within 15 working days. Each is the
 * row's own numerator ÷ denominator × scale, rounded half up to the places DfE prints such figures
 * with (one), so England's and a region's come from their own published counts, exactly as DfE
 * computes its published rates.
 *
 * <p>A figure with a missing input is missing, never 0: with the input's reason where that says
 * why (suppressed {@code c}, not available {@code x}, not applicable {@code z}, low reliability
 * {@code u}), otherwise "cannot be computed"; with a denominator of 0 (no conferences held) it is
 * not applicable. A figure above its measure's maximum (more children in need than children) is
 * refused with a {@link MetricsException} naming the area, year and inputs: one of the inputs is wrong.
 */
public final class DerivedFigures {

  /** Reasons an input's gap passes on to the figure computed from it. */
  private static final Set<MissingReason> PASSED_ON = EnumSet.of(MissingReason.SUPPRESSED,
      MissingReason.NOT_AVAILABLE, MissingReason.NOT_APPLICABLE, MissingReason.LOW_RELIABILITY);

  private static final List<RateFormula> COMPUTED = Arrays.stream(RateFormula.values())
      .filter(RateFormula::isComputed).toList();

  private DerivedFigures() {}

  /** {@code dataset} with the computed figures added to each row of their publication. */
  public static Dataset complete(Dataset dataset) {
    if (COMPUTED.stream().noneMatch(f -> dataset.publications().contains(f.publication()))) {
      return dataset;
    }
    return dataset.toBuilder().mapFigures(DerivedFigures::complete).build();
  }

  /** {@code row} with each computed figure of its publication added; the row itself if there are none. */
  public static AreaFigures complete(AreaFigures row) {
    Map<Measure, Value> values = null;
    for (RateFormula formula : COMPUTED) {
      if (!formula.publication().equals(row.publication()) || row.values().containsKey(formula.rate())) {
        continue;
      }
      if (values == null) {
        values = new LinkedHashMap<>(row.values());
      }
      values.put(formula.rate(), compute(formula, row));
    }
    return values == null ? row : new AreaFigures(row.publication(), row.year(), row.area(), row.region(), values);
  }

  /** The formula's figure from the row's own counts. */
  static Value compute(RateFormula formula, AreaFigures row) {
    Optional<Value> gap = formula.inputs().stream().map(row::value).filter(v -> !v.isPresent()).findFirst();
    if (gap.isPresent()) {
      MissingReason reason = ((Value.Missing) gap.get()).reason();
      return Value.missing(PASSED_ON.contains(reason) ? reason : MissingReason.NOT_COMPUTABLE);
    }
    double numerator = formula.numerator().stream().mapToDouble(m -> Values.number(row.value(m))).sum();
    double denominator = formula.denominator().stream().mapToDouble(m -> Values.number(row.value(m))).sum();
    if (denominator <= 0) {
      return Value.missing(MissingReason.NOT_APPLICABLE);
    }
    double exact = numerator / denominator * formula.scale(row.year());
    if (exact > formula.rate().max()) {
      // more children counted than live in the area: the count and the population cannot both be right
      throw MetricsException.of(formula.rate().id() + " of " + row.area().name() + " (" + row.area().code() + "), "
          + row.year(), Values.decimal(numerator).toPlainString() + " ÷ " + Values.decimal(denominator).toPlainString()
          + " × " + Values.decimal(formula.scale(row.year())).stripTrailingZeros().toPlainString(),
          "at most " + Values.decimal(formula.rate().max()).stripTrailingZeros().toPlainString()
          + ": the count is larger than the population it is divided by (check the two files agree)");
    }
    return Value.of(Values.decimal(exact).setScale(formula.rate().unit().decimals(), RoundingMode.HALF_UP)
        .doubleValue());
  }
}
