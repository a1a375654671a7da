package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Area;
import java.util.Objects;

/**
 * One statistical neighbour's figure as the neighbours' mean and median counted it: the return
 * that describes the neighbour that year (its own, or a combined return it shares, counted once),
 * never the council's own return.
 *
 * @param area the return the figure is from
 * @param value its number
 */
public record NeighbourValue(Area area, double value) {

  public NeighbourValue {
    Objects.requireNonNull(area, "area");
  }
}
