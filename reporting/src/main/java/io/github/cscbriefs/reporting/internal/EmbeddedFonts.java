package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.layout.FontFiles;
import io.github.cscbriefs.reporting.layout.TextMeasure;
import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces loaded into one PDF, embedded as subsets (PDFBox names a subset by a hash of its
 * glyphs, so the same text gives the same font name and the output stays reproducible).
 */
final class EmbeddedFonts implements TextMeasure {

  private final PDType0Font regular;
  private final PDType0Font bold;

  private EmbeddedFonts(PDType0Font regular, PDType0Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  static EmbeddedFonts loadInto(PDDocument document) {
    try {
      return new EmbeddedFonts(
          load(document, FontFiles.regularBytes()), load(document, FontFiles.boldBytes()));
    } catch (IOException e) {
      throw new ReportingException("embedded fonts", e);
    }
  }

  /**
   * Loads a face with glyph substitution (GSUB) switched off. PDFBox would otherwise rewrite every
   * string it shows through the font's Latin substitutions, which for Liberation Sans change no
   * glyph the brief uses but cost most of the rendering time; and a ligature glyph has no entry in
   * a subset's ToUnicode map, so screen readers and text search would lose its letters. Each
   * document gets its own parsed font: PDFBox closes it with the document, and a parsed font is
   * not safe to share between threads.
   */
  private static PDType0Font load(PDDocument document, byte[] fontFile) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
    font.setEnableGsub(false);
    return PDType0Font.load(document, font, true);
  }

  PDFont face(boolean isBold) {
    return isBold ? bold : regular;
  }

  @Override
  public float width(String text, boolean isBold, float size) {
    try {
      return face(isBold).getStringWidth(text) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      throw new ReportingException("width of '" + text + "'", e);
    }
  }

  @Override
  public boolean canShow(int codePoint) {
    return FontFiles.awtRegular().canDisplay(codePoint)
        && FontFiles.awtBold().canDisplay(codePoint);
  }
}
