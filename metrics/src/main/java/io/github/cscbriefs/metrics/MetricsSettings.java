package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The choices behind a profile, each with a documented default (see {@link #defaults()}).
 *
 * @param trendYears how many reporting years, ending with the profile's year, the least-squares
 *     slope is fitted over (default 5; at least 3 present values are needed for a slope)
 * @param stableSlopeShare a trend is STABLE when |slope| ≤ this share of the mean of the fitted
 *     values per year (default 0.02, i.e. moving less than 2% of its own level a year)
 * @param confidenceLevel of the rate intervals (default 0.95)
 * @param caseloadTarget the average caseload to plan capacity for; empty for England's average
 *     in the profile's year (the default)
 * @param rules the priority-action rules and thresholds
 * @param minimumField a council is ranked and banded among councils only when at least this many
 *     published a figure that year (default 20, so that each quartile band holds at least five);
 *     with fewer — a file of one region, or of England and one council — there is no rank or band
 *     to earn, and the comparison says how many councils there were
 * @param statusRule the red/amber/green rule and the thresholds for small numbers and questioned
 *     figures (default {@link StatusRule#defaults()})
 */
public record MetricsSettings(
    int trendYears,
    double stableSlopeShare,
    double confidenceLevel,
    Optional<Double> caseloadTarget,
    PriorityRules rules,
    int minimumField,
    StatusRule statusRule) {

  /** The default field of at least 20 councils. */
  public static final int MINIMUM_FIELD = 20;

  /** With the default {@link #MINIMUM_FIELD}. */
  public MetricsSettings(int trendYears, double stableSlopeShare, double confidenceLevel,
      Optional<Double> caseloadTarget, PriorityRules rules) {
    this(trendYears, stableSlopeShare, confidenceLevel, caseloadTarget, rules, MINIMUM_FIELD);
  }

  /** With the default {@link StatusRule#defaults()}. */
  public MetricsSettings(int trendYears, double stableSlopeShare, double confidenceLevel,
      Optional<Double> caseloadTarget, PriorityRules rules, int minimumField) {
    this(trendYears, stableSlopeShare, confidenceLevel, caseloadTarget, rules, minimumField,
        StatusRule.defaults());
  }

  public MetricsSettings {
    Objects.requireNonNull(caseloadTarget, "caseloadTarget");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(statusRule, "statusRule");
    List<Problem> problems = new ArrayList<>();
    if (trendYears < 3) {
      problems.add(Problem.of("MetricsSettings.trendYears", trendYears, Expected.atLeast(3)));
    }
    if (!(stableSlopeShare >= 0 && stableSlopeShare < 1)) {
      problems.add(Problem.of("MetricsSettings.stableSlopeShare",
          stableSlopeShare, Expected.atLeast(0) + " and below 1"));
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      problems.add(Problem.of("MetricsSettings.confidenceLevel",
          confidenceLevel, Expected.strictlyBetween(0, 1)));
    }
    caseloadTarget.filter(t -> !(t > 0 && Double.isFinite(t))).ifPresent(t -> problems.add(
        Problem.of("MetricsSettings.caseloadTarget", t, "a positive number")));
    if (minimumField < 2) {
      problems.add(Problem.of("MetricsSettings.minimumField", minimumField, Expected.atLeast(2)));
    }
    if (!problems.isEmpty()) {
      throw new MetricsException(problems);
    }
  }

  /** 5-year trends, 2% stability band, 95% intervals, England's caseload as target, default rules. */
  public static MetricsSettings defaults() {
    return new MetricsSettings(5, 0.02, 0.95, Optional.empty(), PriorityRules.defaults());
  }

  /** A copy planning capacity for an average caseload of {@code target} cases per FTE. */
  public MetricsSettings withCaseloadTarget(double target) {
    return new MetricsSettings(trendYears, stableSlopeShare, confidenceLevel, Optional.of(target), rules,
        minimumField, statusRule);
  }

  /** A copy with other priority rules. */
  public MetricsSettings withRules(PriorityRules newRules) {
    return new MetricsSettings(trendYears, stableSlopeShare, confidenceLevel, caseloadTarget, newRules,
        minimumField, statusRule);
  }

  /** A copy with another status rule. */
  public MetricsSettings withStatusRule(StatusRule rule) {
    return new MetricsSettings(trendYears, stableSlopeShare, confidenceLevel, caseloadTarget, rules, minimumField,
        rule);
  }

  /** A copy ranking councils among at least {@code councils} with a figure. */
  public MetricsSettings withMinimumField(int councils) {
    return new MetricsSettings(trendYears, stableSlopeShare, confidenceLevel, caseloadTarget, rules, councils,
        statusRule);
  }
}
