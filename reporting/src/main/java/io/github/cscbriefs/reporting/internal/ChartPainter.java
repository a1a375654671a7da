package io.github.cscbriefs.reporting.internal;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import io.github.cscbriefs.reporting.ReportingException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      PdfBoxGraphics2D graphics = new Canvas(document, width, height);
      graphics.setFontTextDrawer(fontDrawer);
      chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
      graphics.dispose();
      return graphics.getXFormObject();
    } catch (IOException e) {
      throw new ReportingException("chart '" + chart.getTitle() + "'", e);
    }
  }

  /**
   * The bridge's canvas, which the JVM does not queue for finalization. Every {@code Graphics2D}
   * inherits {@code java.awt.Graphics.finalize()}, which only calls {@link #dispose()}: {@link
   * #draw} calls it once the chart is drawn, and a canvas whose chart failed is dropped with the
   * brief it was drawn for, which is not written. A canvas the JVM must finalize reaches the whole
   * document through its fonts, and the collector kept and copied all of it for one more
   * collection after the brief was written: in a batch, over half of the collector's pause time.
   */
  private static final class Canvas extends PdfBoxGraphics2D {
    Canvas(PDDocument document, float width, float height) throws IOException {
      super(document, width, height);
    }

    /** Empty: a class whose finalizer is empty is not registered for finalization (HotSpot). */
    @Override
    @SuppressWarnings("deprecation")
    public void finalize() {
      // nothing to release that draw() has not released
    }
  }

  /** Maps any AWT font to the embedded regular or bold face by its weight. */
  private static final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private final EmbeddedFonts fonts;

    EmbeddedFontDrawer(EmbeddedFonts fonts) {
      this.fonts = fonts;
    }

    /**
     * Draws the text as the body text is drawn ({@link EmbeddedFonts#printable}): a name with a
     * line break, tab or a character the face lacks would otherwise be refused by the font, and
     * the bridge would fall back to drawing the whole label as outlines, which are not text.
     */
    @Override
    public boolean canDrawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
        throws IOException, FontFormatException {
      return super.canDrawText(printable(text), env);
    }

    @Override
    public void drawText(AttributedCharacterIterator text, IFontTextDrawerEnv env)
        throws IOException, FontFormatException {
      super.drawText(printable(text), env);
    }

    /** The same text and attributes, each run of attributes made printable. */
    private AttributedCharacterIterator printable(AttributedCharacterIterator text) {
      StringBuilder shown = new StringBuilder();
      List<Map<AttributedCharacterIterator.Attribute, Object>> attributes = new ArrayList<>();
      List<int[]> ranges = new ArrayList<>();
      for (char c = text.first(); c != CharacterIterator.DONE; c = text.current()) {
        int limit = text.getRunLimit();
        StringBuilder run = new StringBuilder();
        attributes.add(text.getAttributes());
        for (; text.getIndex() < limit; c = text.next()) {
          run.append(c);
        }
        int start = shown.length();
        shown.append(fonts.printable(run.toString()));
        ranges.add(new int[] {start, shown.length()});
      }
      AttributedString result = new AttributedString(shown.toString());
      for (int i = 0; i < ranges.size(); i++) {
        if (ranges.get(i)[1] > ranges.get(i)[0]) {
          result.addAttributes(attributes.get(i), ranges.get(i)[0], ranges.get(i)[1]);
        }
      }
      return result.getIterator();
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
      return fonts.face(isBold(font));
    }

    /** The bridge's metrics, with widths from the faces' shared width table instead of PDFBox. */
    @Override
    public FontMetrics getFontMetrics(Font font, IFontTextDrawerEnv env)
        throws IOException, FontFormatException {
      return new EmbeddedFontMetrics(font, super.getFontMetrics(font, env), fonts, isBold(font));
    }

    private static boolean isBold(Font font) {
      return font.isBold() || font.getFontName().contains("Bold");
    }
  }

  /**
   * Widths as the bridge computes them (the embedded face's advance widths, rounded to whole
   * points) but from {@link EmbeddedFonts#width}, whose table is shared by every brief; all other
   * metrics are the bridge's. Text the face cannot show is measured as the bridge would, by AWT.
   */
  private static final class EmbeddedFontMetrics extends FontMetrics {
    private final FontMetrics bridge;
    private final EmbeddedFonts fonts;
    private final boolean bold;

    EmbeddedFontMetrics(Font font, FontMetrics bridge, EmbeddedFonts fonts, boolean bold) {
      super(font);
      this.bridge = bridge;
      this.fonts = fonts;
      this.bold = bold;
    }

    @Override
    public int stringWidth(String text) {
      try {
        return (int) (fonts.width(fonts.printable(text), bold, getFont().getSize2D()) + 0.5f);
      } catch (ReportingException e) {
        return bridge.stringWidth(text);
      }
    }

    @Override
    public int charsWidth(char[] data, int offset, int length) {
      return stringWidth(new String(data, offset, length));
    }

    @Override
    public int charWidth(char c) {
      return stringWidth(String.valueOf(c));
    }

    @Override
    public int charWidth(int codePoint) {
      return stringWidth(new String(Character.toChars(codePoint)));
    }

    @Override
    public FontRenderContext getFontRenderContext() {
      return bridge.getFontRenderContext();
    }

    @Override
    public int getLeading() {
      return bridge.getLeading();
    }

    @Override
    public int getAscent() {
      return bridge.getAscent();
    }

    @Override
    public int getDescent() {
      return bridge.getDescent();
    }

    @Override
    public int getHeight() {
      return bridge.getHeight();
    }

    @Override
    public int getMaxAscent() {
      return bridge.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
      return bridge.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
      return bridge.getMaxAdvance();
    }

    @Override
    public boolean hasUniformLineMetrics() {
      return bridge.hasUniformLineMetrics();
    }

    @Override
    public LineMetrics getLineMetrics(String str, Graphics context) {
      return bridge.getLineMetrics(str, context);
    }

    @Override
    public LineMetrics getLineMetrics(String str, int begin, int limit, Graphics context) {
      return bridge.getLineMetrics(str, begin, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int begin, int limit, Graphics context) {
      return bridge.getLineMetrics(chars, begin, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator ci, int begin, int limit,
        Graphics context) {
      return bridge.getLineMetrics(ci, begin, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
      return bridge.getStringBounds(str, context);
    }

    @Override
    public Rectangle2D getStringBounds(String str, int begin, int limit, Graphics context) {
      return bridge.getStringBounds(str, begin, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
      return bridge.getStringBounds(chars, begin, limit, context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int begin, int limit,
        Graphics context) {
      return bridge.getStringBounds(ci, begin, limit, context);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
      return bridge.getMaxCharBounds(context);
    }
  }
}
