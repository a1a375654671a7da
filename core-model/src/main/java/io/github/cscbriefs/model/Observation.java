package io.github.cscbriefs.model;

import java.util.Objects;

/**
 * One published statistic: the value of a measure for an area in a period.
 *
 * @param area what it describes
 * @param period when
 * @param measure which measure of which publication
 * @param value the number, or why there is none
 */
public record Observation(Area area, Period period, Measure measure, Value value) {

  public Observation {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
  }
}
