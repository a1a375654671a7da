package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Value;

/**
 * One year of an indicator's history, for a line chart.
 *
 * @param year reporting year
 * @param council the council's value
 * @param england England's published value
 * @param region the region's published value
 * @param neighbourMean the mean of the statistical neighbours with a value that year
 */
public record SeriesPoint(int year, Value council, Value england, Value region, Value neighbourMean) {
}
