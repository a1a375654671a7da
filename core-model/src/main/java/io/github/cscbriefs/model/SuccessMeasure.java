package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How an improvement-plan action's success is measured: an indicator moving from a baseline to a
 * target by a reporting year. Its status (on track, off track, met) is computed from the data
 * against the straight trajectory from baseline to target, never typed in.
 *
 * @param indicator the indicator measured
 * @param baseline the value at the start
 * @param baselineYear the reporting year of the baseline
 * @param target the value aimed for
 * @param targetYear the reporting year by which the target should be reached
 */
public record SuccessMeasure(
    @NotNull Indicator indicator,
    @PositiveOrZero double baseline,
    @Min(2000) @Max(2100) int baselineYear,
    @PositiveOrZero double target,
    @Min(2000) @Max(2100) int targetYear) {

  public SuccessMeasure(Indicator indicator, double baseline, int baselineYear, double target,
      int targetYear) {
    this.indicator = indicator;
    this.baseline = baseline;
    this.baselineYear = baselineYear;
    this.target = target;
    this.targetYear = targetYear;
    ModelValidation.requireValid(this);
  }

  /** The value the straight line from baseline to target reaches in {@code year}. */
  public double trajectoryAt(int year) {
    if (year >= targetYear) {
      return target;
    }
    if (year <= baselineYear) {
      return baseline;
    }
    double share = (double) (year - baselineYear) / (targetYear - baselineYear);
    return baseline + (target - baseline) * share;
  }

  @AssertTrue(message = "a target year after the baseline year")
  private boolean isTargetAfterBaseline() {
    return targetYear > baselineYear;
  }
}
