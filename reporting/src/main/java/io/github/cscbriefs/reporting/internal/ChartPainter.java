package io.github.cscbriefs.reporting.internal;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.github.cscbriefs.reporting.ReportingException;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;

/**
 * Draws a JFreeChart as PDF vector graphics through the Graphics2D bridge. Every AWT font is
 * mapped to the document's own embedded faces, so chart text is real text in the same typeface,
 * never outlines.
 */
final class ChartPainter {

  static {
    // JFreeChart's workaround for an old JDK bug draws rotated text (vertical axis labels)
    // through TextLayout, which the bridge can only turn into outlines; plain drawString keeps
    // it as real, searchable text in the embedded font.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private final PDDocument document;
  private final EmbeddedFontDrawer fontDrawer;

  ChartPainter(PDDocument document, EmbeddedFonts fonts) {
    this.document = document;
    this.fontDrawer = new EmbeddedFontDrawer(fonts);
  }

  /** The chart as a form XObject of the given size in points. */
  PDFormXObject draw(JFreeChart chart, float width, float height) {
    try {
      PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
      graphics.setFontTextDrawer(fontDrawer);
      chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
      graphics.dispose();
      return graphics.getXFormObject();
    } catch (IOException e) {
      throw new ReportingException("chart '" + chart.getTitle() + "'", e);
    }
  }

  /** Maps any AWT font to the embedded regular or bold face by its weight. */
  private static final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private final EmbeddedFonts fonts;

    EmbeddedFontDrawer(EmbeddedFonts fonts) {
      this.fonts = fonts;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
      boolean bold = font.isBold() || font.getFontName().contains("Bold");
      return fonts.face(bold);
    }
  }
}
