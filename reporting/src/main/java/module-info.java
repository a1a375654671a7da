/**
 * The accessible PDF/UA-1, PDF/A-3a brief and its HTML edition. Only the content model and
 * renderer in {@code io.github.cscbriefs.reporting} and the HTML writers in {@code
 * io.github.cscbriefs.reporting.html} are exported; {@code brief}, {@code layout} and {@code
 * internal} are implementation.
 */
module io.github.cscbriefs.reporting {
  requires transitive io.github.cscbriefs.metrics;
  requires transitive java.desktop;
  requires transitive org.jfree.jfreechart;
  requires org.apache.fontbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox is an automatic module and cannot name the logging module it needs at run time.
  requires org.apache.commons.logging;
  requires de.rototor.pdfbox.graphics2d;
  requires org.apache.commons.csv;
  // Holds nothing but the Liberation Sans files the brief embeds; read as resources.
  requires com.github.librepdf.pdfFontsExtra;
  // The HTML edition: jsoup builds the page and escapes every text; JFreeSVG draws the charts.
  requires org.jsoup;
  requires org.jfree.svg;

  exports io.github.cscbriefs.reporting;
  exports io.github.cscbriefs.reporting.html;
}
