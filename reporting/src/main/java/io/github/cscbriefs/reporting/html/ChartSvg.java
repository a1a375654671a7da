package io.github.cscbriefs.reporting.html;

import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.layout.PageGeometry;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a brief's chart, the same JFreeChart object the PDF draws, as inline SVG at the size the
 * PDF gives it, with a view box and no fixed size so that it scales to the page's width. Text stays
 * text, in Liberation Sans or the metric-compatible Arial.
 */
final class ChartSvg {

  static {
    // As for the PDF (ChartPainter): rotated axis labels drawn as text, not as outlines.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  /**
   * Room for most charts' markup without regrowing: 10,500 to 36,000 characters each in Sefton's
   * 2025 brief, half of them under 19,000.
   */
  private static final int CONTENT_CHARS = 24 * 1024;

  private static final String FONTS = "Liberation Sans, Arial, Helvetica, sans-serif";

  private ChartSvg() {}

  /**
   * The chart as an {@code svg} element whose ids all start with {@code id}, so that several charts
   * on one page never share one, marked as one image named by the figure's alternative text.
   */
  static String svg(ChartFigure figure, String id, String escapedAltText) {
    double width = PageGeometry.TEXT_WIDTH;
    double height = figure.height();
    StringBuilder content = new StringBuilder(CONTENT_CHARS);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height, null, content);
    g2.setDefsKeyPrefix(id + "-");
    g2.setFontFunction(family -> FONTS);
    // Two decimals of a point are far finer than a screen or printer shows, and halve the markup.
    g2.setGeomDoubleConverter(ChartSvg::twoDecimals);
    g2.setTransformDoubleConverter(ChartSvg::twoDecimals);
    figure.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height));
    g2.dispose();
    String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, (int) Math.ceil(width),
        (int) Math.ceil(height)), null, null);
    // Every Graphics2D inherits a finalizer (java.awt.Graphics.finalize), so the JVM keeps g2, and
    // all it reaches, for one more collection; the drawn markup, copied into svg, goes now.
    content.setLength(0);
    content.trimToSize();
    // JFreeSVG declares its own namespace, in the opening tag, for attributes it does not write
    // here; HTML has no such attribute, so the declaration goes. Only the opening tag is searched:
    // a chart's markup is tens of kilobytes.
    int tagEnd = svg.indexOf('>');
    int namespace = svg.lastIndexOf(" " + JFREESVG_NAMESPACE, tagEnd);
    StringBuilder html = new StringBuilder(svg.length() + escapedAltText.length() + 32)
        .append("<svg role=\"img\" aria-label=\"").append(escapedAltText).append('"');
    if (namespace < 0) {
      html.append(svg, "<svg".length(), svg.length());
    } else {
      html.append(svg, "<svg".length(), namespace)
          .append(svg, namespace + 1 + JFREESVG_NAMESPACE.length(), svg.length());
    }
    return html.toString();
  }

  private static final String JFREESVG_NAMESPACE = "xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

  /**
   * The value to two decimals, with no trailing zeros: what {@code Double.toString} writes for the
   * value rounded to hundredths (below ten million, which no coordinate here reaches), built from
   * the whole number of hundredths, since JFreeSVG asks for it for every coordinate it writes.
   */
  static String twoDecimals(double value) {
    long hundredths = Math.round(value * 100);
    if (hundredths % 100 == 0) {
      return Long.toString(hundredths / 100);
    }
    long magnitude = Math.abs(hundredths);
    StringBuilder text = new StringBuilder(12);
    if (hundredths < 0) {
      text.append('-');
    }
    long fraction = magnitude % 100;
    text.append(magnitude / 100).append('.').append(fraction / 10);
    if (fraction % 10 != 0) {
      text.append(fraction % 10);
    }
    return text.toString();
  }
}
