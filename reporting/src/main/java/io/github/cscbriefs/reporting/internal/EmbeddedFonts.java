package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.layout.FontFiles;
import io.github.cscbriefs.reporting.layout.TextMeasure;
import java.io.IOException;
import java.util.Arrays;
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

  /**
   * Advance widths (in 1/1000 em) of the Basic Multilingual Plane, learnt on first use and shared
   * by every document: each face is parsed from the same font file, so a glyph's width is the same
   * in all of them. A width is the sum of its glyphs' advances, as PDFBox computes it, summed in
   * the same order so the layout is unchanged; unknown entries are NaN, and a race between threads
   * only computes the same value twice.
   */
  private static final float[] REGULAR_WIDTHS = unknownWidths();

  private static final float[] BOLD_WIDTHS = unknownWidths();

  private static final byte UNKNOWN = 0;
  private static final byte SHOWN = 1;
  private static final byte NOT_SHOWN = 2;

  /** Whether both faces have a glyph for each BMP code point, learnt on first use like widths. */
  private static final byte[] SHOWABLE = new byte[Character.MAX_VALUE + 1];

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

  private static float[] unknownWidths() {
    float[] widths = new float[Character.MAX_VALUE + 1];
    Arrays.fill(widths, Float.NaN);
    return widths;
  }

  /**
   * Cuts both faces down to the glyphs used, as {@link PDDocument#save} does for the fonts it was
   * told to subset; for a document saved with its own writer (see {@link PdfAssembler#write}).
   */
  void subset() throws IOException {
    regular.subset();
    bold.subset();
  }

  PDFont face(boolean isBold) {
    return isBold ? bold : regular;
  }

  @Override
  public float width(String text, boolean isBold, float size) {
    float[] widths = isBold ? BOLD_WIDTHS : REGULAR_WIDTHS;
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      float glyph = codePoint < widths.length ? widths[codePoint] : Float.NaN;
      if (Float.isNaN(glyph)) {
        glyph = glyphWidth(text, codePoint, isBold);
        if (codePoint < widths.length) {
          widths[codePoint] = glyph;
        }
      }
      units += glyph;
      i += Character.charCount(codePoint);
    }
    return units / 1000f * size;
  }

  private float glyphWidth(String text, int codePoint, boolean isBold) {
    try {
      return face(isBold).getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IOException | IllegalArgumentException e) {
      throw new ReportingException("width of '" + text + "'", e);
    }
  }

  @Override
  public boolean canShow(int codePoint) {
    if (codePoint >= SHOWABLE.length) {
      return bothFacesShow(codePoint);
    }
    byte known = SHOWABLE[codePoint];
    if (known == UNKNOWN) {
      known = bothFacesShow(codePoint) ? SHOWN : NOT_SHOWN;
      SHOWABLE[codePoint] = known;
    }
    return known == SHOWN;
  }

  private static boolean bothFacesShow(int codePoint) {
    return FontFiles.awtRegular().canDisplay(codePoint)
        && FontFiles.awtBold().canDisplay(codePoint);
  }
}
