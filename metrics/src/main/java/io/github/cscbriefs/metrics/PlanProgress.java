package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.model.SuccessMeasure;
import io.github.cscbriefs.model.Value;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An improvement-plan action's status, computed from the data against the straight trajectory from
 * its baseline to its target (never typed in by the council).
 *
 * <p>The rule: take the latest figure after the baseline year, up to the profile's year. If it is
 * at least as good as the target (better means in the direction from baseline to target), the
 * action is {@link PlanStatus#MET}. Otherwise, if the target year has passed it is {@link
 * PlanStatus#OFF_TRACK}; if not, it is on track when the figure is at least as good as the
 * trajectory's value for that year, else off track. No figure after the baseline: {@link
 * PlanStatus#NO_DATA}.
 *
 * @param action the plan action
 * @param status where it stands
 * @param latestYear the year of the figure judged, if any
 * @param latest that figure, or missing
 * @param expected the trajectory's value in that year, or missing
 * @param baselineMismatch the official figure for the baseline year, when the plan's baseline
 *     disagrees with it beyond rounding (see {@link #baselineCheck})
 */
public record PlanProgress(PlanAction action, PlanStatus status, Optional<Integer> latestYear,
    Value latest, Value expected, Optional<BaselineMismatch> baselineMismatch) {

  /** Assesses {@code action} against a council's series of its measure's indicator, up to {@code year}. */
  public static PlanProgress assess(PlanAction action, List<SeriesPoint> series, int year) {
    if (action.measure().isEmpty()) {
      return new PlanProgress(action, PlanStatus.NO_MEASURE, Optional.empty(),
          Value.missing(io.github.cscbriefs.model.MissingReason.NOT_APPLICABLE),
          Value.missing(io.github.cscbriefs.model.MissingReason.NOT_APPLICABLE), Optional.empty());
    }
    SuccessMeasure m = action.measure().get();
    Optional<BaselineMismatch> mismatch = baselineCheck(m, series, year);
    Optional<SeriesPoint> latest = series.stream()
        .filter(p -> p.year() > m.baselineYear() && p.year() <= year && p.council().isPresent())
        .max(Comparator.comparingInt(SeriesPoint::year));
    if (latest.isEmpty()) {
      return new PlanProgress(action, PlanStatus.NO_DATA, Optional.empty(),
          Value.missing(io.github.cscbriefs.model.MissingReason.NOT_AVAILABLE),
          Value.missing(io.github.cscbriefs.model.MissingReason.NOT_AVAILABLE), mismatch);
    }
    int y = latest.get().year();
    double value = latest.get().council().asDouble().orElseThrow();
    double expected = m.trajectoryAt(y);
    PlanStatus status;
    if (atLeastAsGood(value, m.target(), m)) {
      status = PlanStatus.MET;
    } else if (y >= m.targetYear()) {
      status = PlanStatus.OFF_TRACK;
    } else {
      status = atLeastAsGood(value, expected, m) ? PlanStatus.ON_TRACK : PlanStatus.OFF_TRACK;
    }
    return new PlanProgress(action, status, Optional.of(y), Value.of(value), Value.of(expected),
        mismatch);
  }

  /**
   * The official figure for the baseline year when the plan's baseline differs from it by more
   * than half a unit of the indicator's published precision (0.05 for one decimal place), which
   * rounding cannot explain; empty when they agree, when no official figure exists for that year,
   * or when that year is after {@code year} (a brief uses no later figure).
   */
  static Optional<BaselineMismatch> baselineCheck(SuccessMeasure m, List<SeriesPoint> series,
      int year) {
    double tolerance = 0.5 * Math.pow(10, -m.indicator().unit().decimals()) + 1e-9;
    return series.stream()
        .filter(p -> p.year() == m.baselineYear() && p.year() <= year && p.council().isPresent())
        .map(p -> p.council().asDouble().getAsDouble())
        .filter(official -> Math.abs(official - m.baseline()) > tolerance)
        .findFirst()
        .map(official -> new BaselineMismatch(m.baselineYear(), m.baseline(), official));
  }

  private static boolean atLeastAsGood(double value, double reference, SuccessMeasure m) {
    boolean lowerIsBetter = m.target() <= m.baseline();
    return lowerIsBetter ? value <= reference + 1e-9 : value >= reference - 1e-9;
  }
}
