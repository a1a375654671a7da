/** Comparisons, trends, intervals, capacity and priority actions computed from the domain model. */
module io.github.cscbriefs.metrics {
  requires transitive io.github.cscbriefs.model;
  requires com.google.common;
  requires commons.math3;

  exports io.github.cscbriefs.metrics;
}
