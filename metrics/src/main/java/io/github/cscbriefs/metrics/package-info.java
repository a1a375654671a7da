/**
 * Pure computations that turn a validated {@link io.github.cscbriefs.model.Dataset} into the
 * findings a brief states: comparisons of a council with England, its region and its statistical
 * neighbours; ranks, quartile bands and trends; statistical intervals; workforce capacity; and a
 * ranked list of priority actions. Findings are values, never sentences: the reporting module puts
 * them into words.
 *
 * <p>Start at {@link io.github.cscbriefs.metrics.BriefProfiles}:
 *
 * <pre>{@code
 * CouncilProfile profile = BriefProfiles.of(dataset).profile(council, 2020);
 * profile.comparison(Indicators.CASELOAD).map(c -> c.trend().direction());
 * profile.actions().get(0).urgency();
 * }</pre>
 *
 * <p>Every formula and convention is written down in {@code metrics/METHODOLOGY.md}. All types are
 * immutable and every method is free of side effects, so everything here is thread-safe. Missing
 * figures stay missing with their reason; they never become 0.
 */
package io.github.cscbriefs.metrics;
