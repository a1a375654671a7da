package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Polarity;
import java.util.Collection;
import java.util.Optional;

/**
 * Where a council stands among all council returns of a year for one indicator.
 *
 * @param rank 1 = best by polarity; tied councils share the lowest (best) rank, so ranks may skip
 *     ("1, 2, 2, 4")
 * @param outOf how many council returns have a value
 * @param percentile 100 × (outOf − rank) ÷ (outOf − 1): 100 for the best, 0 for the worst (100 when
 *     only one council has a value)
 * @param band the quartile band, A best
 */
public record Standing(int rank, int outOf, double percentile, QuartileBand band) {

  /**
   * The standing of {@code value} among {@code all} (which includes {@code value} itself). Empty
   * when the polarity is {@link Polarity#NONE}, since no direction is better.
   */
  public static Optional<Standing> of(double value, Collection<Double> all, Polarity polarity) {
    if (polarity == Polarity.NONE) {
      return Optional.empty();
    }
    if (!all.contains(value)) {
      throw MetricsException.of("all", all.size() + " values", "to include the council's value " + value);
    }
    int n = all.size();
    int rank = 1 + (int) all.stream().filter(v -> polarity.compareBetter(v, value) < 0).count();
    double percentile = n == 1 ? 100 : 100.0 * (n - rank) / (n - 1);
    return Optional.of(new Standing(rank, n, percentile, QuartileBand.of(rank, n)));
  }
}
