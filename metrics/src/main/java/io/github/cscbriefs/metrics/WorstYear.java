package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Value;

/**
 * The worst year of a run of years in which a council was worse than England.
 *
 * @param year the reporting year of the worst value (the earliest such year on a tie)
 * @param value the council's value that year
 * @param england England's value that year
 */
public record WorstYear(int year, Value value, Value england) {
}
