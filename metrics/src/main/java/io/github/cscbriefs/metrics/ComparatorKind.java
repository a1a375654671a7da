package io.github.cscbriefs.metrics;

/** What a council is compared with. */
public enum ComparatorKind {
  ENGLAND,
  /** The council's region as DfE publishes it (London for every London borough). */
  REGION,
  /** LAIT's convention: the mean of the statistical neighbours with a value. */
  NEIGHBOUR_MEAN,
  /** DfE's outcomes dashboard convention: the median of the neighbours with a value. */
  NEIGHBOUR_MEDIAN
}
