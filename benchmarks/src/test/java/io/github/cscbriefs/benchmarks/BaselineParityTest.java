package io.github.cscbriefs.benchmarks;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.reporting.BriefDocument;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: for the same council both renderers give a PDF that
 * loads, says the same things and runs to about the same number of pages. No timings here.
 */
class BaselineParityTest {

  private static final String COUNCIL = "North East Lincolnshire";

  @Test
  void bothRenderersGiveTheSameBriefOnAboutTheSamePages() throws IOException {
    BriefFixture fixture = BriefFixture.of(COUNCIL);
    BriefDocument brief = fixture.compose();

    byte[] ours = fixture.renderer().render(fixture.profile(), fixture.options());
    byte[] jasper = JasperBrief.compile().render(brief);

    try (PDDocument a = Loader.loadPDF(ours); PDDocument b = Loader.loadPDF(jasper)) {
      int oursPages = a.getNumberOfPages();
      int jasperPages = b.getNumberOfPages();
      String jasperText = new PDFTextStripper().getText(b);
      // Ours keeps each chart on the page of its table and leaves no stub page (a heading, a
      // sentence or two table rows alone); the Jasper baseline splits them freely, so ours may
      // run to a few more pages, never fewer.
      assertAll(
          () -> assertTrue(oursPages >= jasperPages - 2 && oursPages - jasperPages
              <= Math.max(2, oursPages / 3),
              "pages: ours " + oursPages + ", Jasper " + jasperPages),
          () -> assertEquals(brief.info().title(), b.getDocumentInformation().getTitle()),
          () -> assertTrue(b.getDocumentCatalog().getMarkInfo() != null
              && b.getDocumentCatalog().getMarkInfo().isMarked(), "Jasper's PDF is tagged"),
          () -> brief.sections().forEach(section -> assertTrue(
              jasperText.contains(section.title()), "Jasper's PDF has section " + section.title())));
    }
  }
}
