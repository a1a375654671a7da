package io.github.cscbriefs.metrics;

/** Where a figure to aim for comes from. */
public enum TargetSource {
  /** England's published figure for the same year. */
  ENGLAND,
  /** A target the caller set (see {@link MetricsSettings#caseloadTarget()}). */
  CALLER
}
