package io.github.cscbriefs.model;

/** The unit of a measure or indicator, with how the brief prints it. */
public enum Unit {
  FTE("FTE", 1),
  HEADCOUNT("people", 0),
  PERCENT("%", 1),
  CASES_PER_FTE("cases per FTE", 1),
  COUNT("", 0),
  DAYS("days", 1),
  /**
   * Children per 10,000 children aged 0 to 17, to one decimal place as DfE's children in need release
   * prints its rates (the children looked after release rounds its own to whole numbers).
   */
  PER_10000_CHILDREN("per 10,000 children", 1);

  private final String suffix;
  private final int decimals;

  Unit(String suffix, int decimals) {
    this.suffix = suffix;
    this.decimals = decimals;
  }

  public String suffix() {
    return suffix;
  }

  /** Decimal places DfE publishes for this unit. */
  public int decimals() {
    return decimals;
  }
}
