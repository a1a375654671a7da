package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.problem.Expected;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.util.FastMath;

/**
 * A confidence interval for a council's rate, and whether England's rate lies outside it.
 *
 * <p>Method: the Wilson score interval for a proportion, computed as commons-math3's
 * {@code WilsonScoreInterval} computes it (the same operations, so the same bounds to the bit; a
 * property test checks this), with the number of trials taken as the rate's denominator rounded to a whole number
 * (FTE for workforce rates, FTE × working days for absence, children for the children-in-care
 * rate) and the successes as rate × trials, rounded. It is approximate: FTE is not a count of
 * independent people, and the figures are a census, so the interval expresses the chance variation
 * to expect in a service of that size rather than sampling error. England's rate is treated as
 * fixed. Because the successes are rounded, the bounds are widened, if need be, to include the
 * published rate itself (by at most half a trial). Not computed when the trials round to 0 or the rate exceeds 100% (turnover can).
 *
 * @param estimate the council's published rate
 * @param lower lower bound, in the rate's units
 * @param upper upper bound, in the rate's units
 * @param confidenceLevel e.g. 0.95
 * @param trials the whole-number denominator used
 * @param significance against England
 */
public record RateInterval(double estimate, double lower, double upper, double confidenceLevel,
    int trials, Significance significance) {

  /**
   * The standard normal, for the z of a confidence level. Made without a random generator: it is
   * never sampled. ({@code WilsonScoreInterval} makes a {@code NormalDistribution} per interval, and
   * each seeds a new Well19937c generator; that took a sixth of a full metrics pass.)
   */
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  /**
   * The interval for {@code rate} (in percent, 0–100) over {@code denominator} trials, compared with
   * {@code england}. Empty when the rate is missing, above 100, or the trials round to 0.
   */
  public static Optional<RateInterval> wilson(Value rate, double denominator, Value england,
      Polarity polarity, double confidenceLevel) {
    long trials = Math.round(denominator);
    if (!rate.isPresent() || trials < 1 || trials > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    double p = Values.number(rate) / 100;
    if (p > 1) {
      return Optional.empty();
    }
    int successes = (int) Math.min(trials, Math.round(p * trials));
    double[] bounds = wilsonBounds((int) trials, successes, confidenceLevel);
    // Clamped to 0–100: Wilson bounds lie in [0, 1], but floating point can stray by 1e-17.
    double lower = Math.max(0, Math.min(bounds[0] * 100, Values.number(rate)));
    double upper = Math.min(100, Math.max(bounds[1] * 100, Values.number(rate)));
    return Optional.of(new RateInterval(Values.number(rate), lower, upper, confidenceLevel,
        (int) trials, significance(lower, upper, england, polarity)));
  }

  /**
   * The Wilson score interval's lower and upper bound (as proportions) for {@code successes} of
   * {@code trials} at {@code confidenceLevel}: commons-math3 3.6.1's
   * {@code WilsonScoreInterval.createInterval}, operation for operation.
   */
  static double[] wilsonBounds(int trials, int successes, double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw MetricsException.of("RateInterval.confidenceLevel", confidenceLevel, Expected.strictlyBetween(0, 1));
    }
    double alpha = (1.0 - confidenceLevel) / 2;
    double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha);
    double zSquared = FastMath.pow(z, 2);
    double mean = (double) successes / (double) trials;
    double factor = 1.0 / (1 + (1.0 / trials) * zSquared);
    double modifiedSuccessRatio = mean + (1.0 / (2 * trials)) * zSquared;
    double difference = z * FastMath.sqrt(1.0 / trials * mean * (1 - mean)
        + (1.0 / (4 * FastMath.pow((double) trials, 2))) * zSquared);
    return new double[] {factor * (modifiedSuccessRatio - difference), factor * (modifiedSuccessRatio + difference)};
  }

  private static Significance significance(double lower, double upper, Value england,
      Polarity polarity) {
    if (!england.isPresent()) {
      return Significance.UNKNOWN;
    }
    double e = Values.number(england);
    boolean above = lower > e;
    boolean below = upper < e;
    if (!above && !below) {
      return Significance.NOT_SIGNIFICANT;
    }
    return switch (polarity) {
      case LOWER_IS_BETTER -> above ? Significance.SIGNIFICANTLY_WORSE : Significance.SIGNIFICANTLY_BETTER;
      case HIGHER_IS_BETTER -> above ? Significance.SIGNIFICANTLY_BETTER : Significance.SIGNIFICANTLY_WORSE;
      case NONE -> above ? Significance.SIGNIFICANTLY_HIGHER : Significance.SIGNIFICANTLY_LOWER;
    };
  }
}
