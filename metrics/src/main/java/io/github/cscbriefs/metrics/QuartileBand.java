package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.problem.Expected;

/**
 * LAIT's quartile bands: A is the best quarter of councils by the indicator's polarity, D the
 * worst. A council's band follows from its rank: with rank r of n, band A when (r − 1) ÷ n &lt;
 * 0.25, B below 0.5, C below 0.75, else D. Tied councils share a rank and so a band.
 */
public enum QuartileBand {
  A,
  B,
  C,
  D;

  /** The band of rank {@code rank} (1 = best) among {@code n} councils. */
  public static QuartileBand of(int rank, int n) {
    if (rank < 1 || rank > n) {
      throw MetricsException.of("rank", rank + " of " + n, Expected.between(1, "n"));
    }
    int quarter = (int) Math.floor(4.0 * (rank - 1) / n);
    return values()[Math.min(quarter, 3)];
  }
}
