package io.github.cscbriefs.metrics;

/** What a council is compared with. */
public enum ComparatorKind {
  ENGLAND("England"),
  /** The council's region as DfE publishes it (London for every London borough). */
  REGION("Region"),
  /** LAIT's convention: the mean of the statistical neighbours with a value. */
  NEIGHBOUR_MEAN("Statistical neighbours (mean)"),
  /** DfE's outcomes dashboard convention: the median of the neighbours with a value. */
  NEIGHBOUR_MEDIAN("Statistical neighbours (median)");

  private final String label;

  ComparatorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
