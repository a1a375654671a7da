package io.github.cscbriefs.metrics;

/**
 * One council return's value in a distribution.
 *
 * @param areaCode the return's area code (e.g. {@code 812}, or {@code 314 / 318} for a combined
 *     return)
 * @param name the name published with the figures
 * @param value the number
 */
public record CouncilValue(String areaCode, String name, double value) {
}
