package io.github.cscbriefs.metrics;

/** Where an improvement-plan action stands against its success measure. */
public enum PlanStatus {
  MET("Met", "✓"),
  ON_TRACK("On track", "●"),
  OFF_TRACK("Off track", "▲"),
  NO_DATA("No data yet", "–"),
  NO_MEASURE("No measure", "–");

  private final String label;
  private final String symbol;

  PlanStatus(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  /** A symbol printed beside the colour, so the status never relies on colour alone. */
  public String symbol() {
    return symbol;
  }
}
