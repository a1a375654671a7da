package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.reporting.layout.PageGeometry;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Real and edge-case briefs pass veraPDF, are reproducible and stay inside the margins. */
class BriefConformanceTest {

  private static byte[] edgeCase;

  private static synchronized byte[] edgeCase() {
    if (edgeCase == null) {
      edgeCase = RenderedSamples.keep("edge-case.pdf", BriefRenderer.withClock(RenderedSamples.CLOCK)
          .render(EdgeCaseProfiles.emptyProfile(), EdgeCaseProfiles.noOptions()));
    }
    return edgeCase;
  }

  @Test
  void realBriefConformsToPdfUa1AndPdfA3a() throws Exception {
    byte[] pdf = RealBriefs.pdf("812", 2021);
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
      List<String> failures = VeraPdf.failures(pdf, flavour);
      assertEquals(List.of(), failures, flavour + ":\n" + String.join("\n", failures));
    }
  }

  @Test
  void briefWithNothingToShowConformsAndSaysSo() throws Exception {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
      List<String> failures = VeraPdf.failures(edgeCase(), flavour);
      assertEquals(List.of(), failures, flavour + ":\n" + String.join("\n", failures));
    }
    String text = String.join("\n", PdfPages.text(edgeCase()));
    assertTrue(text.contains("No Ofsted outcomes were read: inspections and visits are only those of a local"), text);
    assertTrue(text.contains("No statistical neighbours are on record"), text);
    // No Ofsted outcomes were read for this profile: nothing covers graded inspections, so none is denied.
    assertTrue(text.contains("Not in the data read (no Ofsted outcomes were read)"), text);
  }

  @Test
  void briefWithNothingToShowKeepsEveryGlyphInsideTheMargins() {
    List<List<PdfPages.Glyph>> pages = PdfPages.glyphs(edgeCase());
    for (List<PdfPages.Glyph> page : pages) {
      for (PdfPages.Glyph g : page) {
        // The space kept at the end of a wrapped line paints nothing.
        assertTrue(g.text().isBlank() || g.x() >= PageGeometry.SIDE - 0.5f
            && g.x() + g.width() <= PageGeometry.WIDTH - PageGeometry.SIDE + 0.5f, g.toString());
      }
    }
  }

  /**
   * The trailer's /Size is one more than the highest object number the cross-reference lists
   * (ISO 32000-1, 7.5.5 and 7.5.8): PDFBox's cross-reference stream left itself out, so every
   * brief had a /Size two above the highest listed number and {@code qpdf --check} warned.
   */
  @Test
  void trailerSizeIsOneMoreThanTheHighestListedObject() throws Exception {
    for (byte[] pdf : List.of(RealBriefs.pdf("812", 2021), edgeCase())) {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        COSDocument cos = document.getDocument();
        long highest = cos.getXrefTable().keySet().stream().mapToLong(COSObjectKey::getNumber)
            .max().orElseThrow();
        assertEquals(highest + 1, cos.getTrailer().getLong(COSName.SIZE),
            "trailer /Size against the highest object number in the cross-reference");
        assertEquals(highest, cos.getXrefTable().size(), "object numbers 1 to /Size - 1 all listed");
      }
    }
  }

  @Test
  void realBriefIsByteIdenticalForTheSameClock() {
    byte[] again = BriefRenderer.withClock(RenderedSamples.CLOCK)
        .render(RealBriefs.profile("812", 2021), RealBriefs.options("812"));
    assertArrayEquals(RealBriefs.pdf("812", 2021), again);
  }
}
