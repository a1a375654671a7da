package io.github.cscbriefs.metrics;

import com.google.common.math.Quantiles;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every council return's value of one indicator in one year, for benchmark charts. A {@code low}
 * figure (rounds to 0 but is not 0) is in, as the small number it is ({@link CouncilValue#low()});
 * returns with any other missing value are left out (and counted in {@code missing}).
 *
 * @param indicator the indicator
 * @param year the reporting year
 * @param values best first by polarity (ascending when the polarity is NONE), ties by area code
 * @param missing how many returns had a missing value other than {@code low} (a reason such as {@code c}
 *     or {@code x})
 * @param lowerQuartile the 25th percentile of the values (Guava's quartiles, linear interpolation)
 * @param median the median
 * @param upperQuartile the 75th percentile
 */
public record Distribution(
    Indicator indicator,
    int year,
    List<CouncilValue> values,
    int missing,
    Value lowerQuartile,
    Value median,
    Value upperQuartile) {

  public Distribution {
    values = List.copyOf(values);
  }

  /** Builds the distribution from returns' values. */
  public static Distribution of(Indicator indicator, int year, List<CouncilValue> present,
      int missing) {
    Polarity polarity = indicator.polarity();
    Comparator<CouncilValue> byValue = polarity == Polarity.HIGHER_IS_BETTER
        ? Comparator.comparingDouble(CouncilValue::value).reversed()
        : Comparator.comparingDouble(CouncilValue::value);
    List<CouncilValue> sorted = present.stream()
        .sorted(byValue.thenComparing(CouncilValue::areaCode)).toList();
    if (sorted.isEmpty()) {
      Value none = Value.missing(MissingReason.NOT_COMPUTABLE);
      return new Distribution(indicator, year, sorted, missing, none, none, none);
    }
    Map<Integer, Double> q = Quantiles.quartiles().indexes(1, 2, 3)
        .compute(sorted.stream().mapToDouble(CouncilValue::value).toArray());
    return new Distribution(indicator, year, sorted, missing, Value.of(q.get(1)),
        Value.of(q.get(2)), Value.of(q.get(3)));
  }

  /** The numbers alone. */
  public List<Double> numbers() {
    return values.stream().map(CouncilValue::value).toList();
  }
}
