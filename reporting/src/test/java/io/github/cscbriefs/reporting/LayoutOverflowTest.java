package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.reporting.layout.PageGeometry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Very long words, a cell longer than a page and a 70-row table: no glyph leaves the text area
 * and no two glyphs overlap.
 */
class LayoutOverflowTest {

  private static final float TOLERANCE = 0.5f;

  private final byte[] pdf = RenderedSamples.overflowing();

  @Test
  void noGlyphCrossesTheSideMargins() {
    List<String> outside = new ArrayList<>();
    List<List<PdfPages.Glyph>> pages = PdfPages.glyphs(pdf);
    for (int p = 0; p < pages.size(); p++) {
      for (PdfPages.Glyph g : pages.get(p)) {
        // The space kept at the end of a wrapped line paints nothing.
        if (g.text().isBlank()) {
          continue;
        }
        if (g.x() < PageGeometry.SIDE - TOLERANCE
            || g.x() + g.width() > PageGeometry.WIDTH - PageGeometry.SIDE + TOLERANCE
            || g.top() < 0 || g.bottom() > PageGeometry.HEIGHT) {
          outside.add("page " + (p + 1) + ": '" + g.text() + "' at " + g.x() + "," + g.baseline());
        }
      }
    }
    assertTrue(outside.isEmpty(), outside.stream().limit(20).toList().toString());
  }

  @Test
  void noTwoGlyphsOverlap() {
    List<String> overlaps = new ArrayList<>();
    List<List<PdfPages.Glyph>> pages = PdfPages.glyphs(pdf);
    for (int p = 0; p < pages.size(); p++) {
      List<PdfPages.Glyph> glyphs = pages.get(p);
      for (int i = 0; i < glyphs.size(); i++) {
        for (int j = i + 1; j < glyphs.size(); j++) {
          if (overlap(glyphs.get(i), glyphs.get(j))) {
            overlaps.add("page " + (p + 1) + ": '" + glyphs.get(i).text() + "' and '"
                + glyphs.get(j).text() + "' at " + glyphs.get(j).x() + ","
                + glyphs.get(j).baseline());
          }
        }
      }
    }
    assertTrue(overlaps.isEmpty(), overlaps.stream().limit(20).toList().toString());
  }

  @Test
  void longTableRepeatsItsHeaderOnEveryPageItContinuesOn() {
    List<String> pages = PdfPages.text(pdf);
    long withHeader = pages.stream().filter(t -> t.contains("Rank Action")).count();
    long withRows = pages.stream().filter(t -> t.contains("Reduce caseloads in team")).count();
    assertTrue(withRows >= 3, "the table should span several pages, spans " + withRows);
    assertTrue(withHeader >= withRows, withHeader + " headers for " + withRows + " pages");
    assertTrue(String.join("", pages).contains("action399"), "the longest cell is cut short");
  }

  private static boolean overlap(PdfPages.Glyph a, PdfPages.Glyph b) {
    float w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
    float h = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    return w > TOLERANCE && h > TOLERANCE && !a.text().isBlank() && !b.text().isBlank();
  }
}
