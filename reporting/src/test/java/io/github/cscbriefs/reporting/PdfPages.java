package io.github.cscbriefs.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads rendered PDFs back: the text of each page and where each glyph landed. */
final class PdfPages {

  /**
   * A glyph's box in top-down coordinates of its writing direction (the page's for upright text),
   * and where it starts in the page's top-down coordinates whatever its direction.
   */
  record Glyph(String text, float x, float baseline, float width, float size, float pageX,
      float pageY) {
    float top() {
      return baseline - 0.75f * size;
    }

    float bottom() {
      return baseline + 0.2f * size;
    }
  }

  private PdfPages() {}

  /** The extracted text of every page, in order. */
  static List<String> text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      // Similar lines close together are real content here, not overprinted duplicates.
      stripper.setSuppressDuplicateOverlappingText(false);
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The glyphs of every page, in order. */
  static List<List<Glyph>> glyphs(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<List<Glyph>> pages = new ArrayList<>();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
                  p.getWidthDirAdj(), p.getFontSizeInPt(), p.getX(), p.getY()));
            }
          }
        };
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        stripper.getText(document);
        pages.add(glyphs);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
