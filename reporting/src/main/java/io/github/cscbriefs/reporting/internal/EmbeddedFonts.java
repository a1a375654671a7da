package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.layout.FontFiles;
import io.github.cscbriefs.reporting.layout.TextMeasure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
          PDType0Font.load(document, new ByteArrayInputStream(FontFiles.regularBytes()), true),
          PDType0Font.load(document, new ByteArrayInputStream(FontFiles.boldBytes()), true));
    } catch (IOException e) {
      throw new ReportingException("embedded fonts", e);
    }
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
