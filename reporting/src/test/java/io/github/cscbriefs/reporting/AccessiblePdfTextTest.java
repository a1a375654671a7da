package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/** The sample's text lands on the right pages, and what is attached and bookmarked is there. */
class AccessiblePdfTextTest {

  private final List<String> pages = PdfPages.text(RenderedSamples.sample());

  @Test
  void coverHasTheCouncilAndNoRunningHeaderOrFooter() {
    assertTrue(pages.get(0).contains("North East Lincolnshire"));
    assertTrue(pages.get(0).contains("Inadequate (October 2021)"));
    assertFalse(pages.get(0).contains("Page 1"));
    assertFalse(pages.get(0).contains("Data: DfE"));
  }

  @Test
  void contentsListsEverySectionWithItsPageNumber() {
    String contents = pages.get(1);
    assertTrue(contents.contains("Executive summary 3"), contents);
    assertTrue(contents.contains("Trends 4"), contents);
    assertTrue(contents.contains("Methodology and sources 4"), contents);
  }

  @Test
  void everyPageAfterTheCoverHasHeaderPageNumberAndVintage() {
    for (int i = 1; i < pages.size(); i++) {
      String page = pages.get(i);
      assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), page);
      assertTrue(page.contains("Data: DfE children's social work workforce 2021"), page);
      assertTrue(page.contains("Children's social care workforce brief"), page);
    }
  }

  @Test
  void statusCellsCarryShapeAndWord() {
    String summary = pages.get(2);
    assertTrue(summary.contains("\u25A0 Red"), summary);
    assertTrue(summary.contains("\u25B2 Amber"), summary);
    assertTrue(summary.contains("\u25CF Green"), summary);
  }

  @Test
  void chartTextIsRealTextInTheTrendsPage() {
    String trends = pages.get(3);
    // The vertical axis label is rotated text: the stripper gives it a line per chunk.
    assertTrue(trends.replaceAll("\\R", "").contains("Cases per social worker"), trends);
    assertTrue(trends.contains("Year (at 30 September)"), trends);
    assertTrue(trends.contains("2019 32.7 16.9"), trends);
  }

  @Test
  void attachmentBookmarksAndFigureAltTextArePresent() throws Exception {
    try (PDDocument document = Loader.loadPDF(RenderedSamples.sample())) {
      PDComplexFileSpecification spec = document.getDocumentCatalog().getNames()
          .getEmbeddedFiles().getNames().get("figures.csv");
      assertEquals("indicator,year,value\ncaseload,2019,32.7\n",
          new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8));
      PDOutlineItem first = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertEquals("Contents", first.getTitle());
      assertEquals("Executive summary", first.getNextSibling().getTitle());
      assertEquals("Biggest risks", first.getNextSibling().getFirstChild().getTitle());
      assertTrue(altTexts(document).stream().anyMatch(a -> a.contains("peak of 32.7")));
    }
  }

  private static List<String> altTexts(PDDocument document) {
    List<String> alts = new java.util.ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
    return alts;
  }

  private static void collect(List<Object> kids, List<String> alts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          alts.add(element.getAlternateDescription());
        }
        collect(element.getKids(), alts);
      }
    }
  }
}
