/**
 * Internal: lays a {@link io.github.cscbriefs.reporting.BriefDocument} out on A4 pages as
 * positioned text runs, boxes, rules and figures, each belonging to a node of the logical
 * structure or marked as an artifact. Knows nothing of PDF objects; not part of the public API.
 */
package io.github.cscbriefs.reporting.layout;
