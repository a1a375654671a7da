package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Value;
import java.util.Objects;

/**
 * One year of an indicator's history, for a line chart.
 *
 * @param year reporting year
 * @param council the council's value
 * @param england England's published value
 * @param region the region's published value
 * @param neighbourMean the mean of the statistical neighbours with a value that year
 * @param source whose return {@code council} is: the council's own, its predecessor's (before it
 *     existed) or a joint return covering it and other councils
 */
public record SeriesPoint(int year, Value council, Value england, Value region, Value neighbourMean,
    FigureSource source) {

  public SeriesPoint {
    Objects.requireNonNull(source, "source");
  }

  /** A year of the council's own return. */
  public SeriesPoint(int year, Value council, Value england, Value region, Value neighbourMean) {
    this(year, council, england, region, neighbourMean, FigureSource.OWN);
  }
}
