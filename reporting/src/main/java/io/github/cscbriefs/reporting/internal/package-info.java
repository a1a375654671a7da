/**
 * Internal: turns laid-out pages into a tagged PDF with Apache PDFBox: embedded fonts, marked
 * content and the structure tree, charts through the Graphics2D bridge, outline, attachments and
 * the PDF/A-3a and PDF/UA-1 metadata. Not part of the public API.
 */
package io.github.cscbriefs.reporting.internal;
