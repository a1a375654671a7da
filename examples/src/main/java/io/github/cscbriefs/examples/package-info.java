/**
 * Small runnable programs that use only the public API: {@link OneBrief} (one council's brief),
 * {@link RegionalPack} (a brief for every council in a region) and {@link ExportMetrics} (every
 * council's comparisons as CSV), and {@link ProfileJson}, which writes a council's profile as JSON
 * through Jackson. The command line lives in {@code cli}.
 */
package io.github.cscbriefs.examples;
