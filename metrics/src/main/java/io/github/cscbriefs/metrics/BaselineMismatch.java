package io.github.cscbriefs.metrics;

/**
 * A plan's baseline that disagrees with the official figure for its year: the two differ by more
 * than half a unit of the figure's published precision, so rounding cannot explain it.
 *
 * @param year the baseline year
 * @param planBaseline the baseline the plan gives
 * @param official the council's official figure for that year
 */
public record BaselineMismatch(int year, double planBaseline, double official) {}
