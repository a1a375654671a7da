package io.github.cscbriefs.metrics;

import com.google.common.math.PairedStatsAccumulator;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares straight line through (year, value) points.
 *
 * @param slope change per year (Guava's {@code PairedStats.leastSquaresFit()})
 * @param standardError the slope's standard error (commons-math3 {@code SimpleRegression}: residual
 *     standard deviation ÷ √Σ(year − mean year)²); 0 when the points lie on a line
 * @param intercept the fitted value at year 0, so the fitted value at year y is intercept + slope × y
 * @param points how many years had a value
 * @param firstYear the first year fitted
 * @param lastYear the last year fitted
 */
public record SlopeFit(double slope, double standardError, double intercept, int points,
    int firstYear, int lastYear) {

  /** The fit through {@code points} (year → value); empty with fewer than 3 points. */
  public static Optional<SlopeFit> of(Map<Integer, Double> points) {
    if (points.size() < 3) {
      return Optional.empty();
    }
    PairedStatsAccumulator guava = new PairedStatsAccumulator();
    SimpleRegression regression = new SimpleRegression();
    points.forEach((year, value) -> {
      guava.add(year, value);
      regression.addData(year, value);
    });
    double slope = guava.leastSquaresFit().slope();
    double intercept = guava.yStats().mean() - slope * guava.xStats().mean();
    double se = regression.getSlopeStdErr();
    int first = points.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = points.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    return Optional.of(new SlopeFit(slope, Double.isFinite(se) ? se : 0, intercept, points.size(), first, last));
  }
}
