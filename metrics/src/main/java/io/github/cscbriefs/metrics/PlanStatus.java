package io.github.cscbriefs.metrics;

/** Where an improvement-plan action stands against its success measure. */
public enum PlanStatus {
  /** The latest figure is at least as good as the target. */
  MET,
  /** At least as good as the straight line from baseline to target in its year. */
  ON_TRACK,
  /** Worse than the line, or the target year has passed unmet. */
  OFF_TRACK,
  /** No figure after the baseline year. */
  NO_DATA,
  /** The plan gives no success measure. */
  NO_MEASURE
}
