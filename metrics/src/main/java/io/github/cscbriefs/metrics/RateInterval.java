package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Value;
import java.util.Optional;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A confidence interval for a council's rate, and whether England's rate lies outside it.
 *
 * <p>Method: the Wilson score interval (commons-math3 {@code WilsonScoreInterval}) for a
 * proportion, with the number of trials taken as the rate's denominator rounded to a whole number
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
 * @param method the method in words, for a footnote
 */
public record RateInterval(double estimate, double lower, double upper, double confidenceLevel,
    int trials, Significance significance, String method) {

  static final String METHOD = "Wilson score interval on the rate's denominator (whole FTE, "
      + "FTE-days for absence, children for children in care); approximate, since FTE is not a count "
      + "of independent people";

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
    ConfidenceInterval ci = new WilsonScoreInterval()
        .createInterval((int) trials, successes, confidenceLevel);
    // Clamped to 0–100: Wilson bounds lie in [0, 1], but floating point can stray by 1e-17.
    double lower = Math.max(0, Math.min(ci.getLowerBound() * 100, Values.number(rate)));
    double upper = Math.min(100, Math.max(ci.getUpperBound() * 100, Values.number(rate)));
    return Optional.of(new RateInterval(Values.number(rate), lower, upper, confidenceLevel,
        (int) trials, significance(lower, upper, england, polarity), METHOD));
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
