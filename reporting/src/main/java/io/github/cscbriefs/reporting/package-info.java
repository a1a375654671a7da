/**
 * The accessible, archival PDF brief: an immutable content model ({@link
 * io.github.cscbriefs.reporting.BriefDocument} of sections, headings, paragraphs, lists, tables
 * and charts) and {@link io.github.cscbriefs.reporting.AccessiblePdf}, which lays it out on A4 and
 * writes a tagged PDF that conforms to PDF/UA-1 and PDF/A-3a.
 */
package io.github.cscbriefs.reporting;
