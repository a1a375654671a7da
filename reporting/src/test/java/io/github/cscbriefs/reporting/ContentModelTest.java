package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentModelTest {

  @Test
  void tableReportsEveryRowWithTheWrongNumberOfCells() {
    ReportingException e = assertThrows(ReportingException.class,
        () -> new Table(List.of(Column.text("A", 1), Column.text("B", 1)),
            List.of(List.of(Cell.of("1")), List.of(Cell.of("1"), Cell.of("2")),
                List.of(Cell.of("1"), Cell.of("2"), Cell.of("3")))));
    assertEquals(List.of("table.rows[0]", "table.rows[2]"),
        e.problems().stream().map(p -> p.where().field().orElseThrow()).toList());
    assertTrue(e.getMessage().contains("2 non-null cells, one per column"), e.getMessage());
  }

  @Test
  void headingLevelOneIsReservedForSectionTitles() {
    ReportingException e = assertThrows(ReportingException.class, () -> new Heading(1, "Title"));
    assertEquals("heading.level", e.problems().get(0).where().field().orElseThrow());
  }

  @Test
  void blankTextIsRejectedWithWhereItWas() {
    ReportingException e = assertThrows(ReportingException.class,
        () -> Section.onNewPage("  ", List.of()));
    assertEquals("section.title", e.problems().get(0).where().field().orElseThrow());
  }

  @Test
  void statusCellShowsShapeThenWord() {
    assertEquals("\u25A0 Red", Cell.status(Rag.RED).shownText());
    assertEquals(Optional.of(Rag.AMBER), Cell.status(Rag.AMBER, "Amber: rising").status());
  }

  @Test
  void attachmentIsCopiedInAndOut() {
    byte[] bytes = {1, 2, 3};
    Attachment attachment = new Attachment("a.csv", "figures", "text/csv", bytes);
    bytes[0] = 9;
    attachment.content()[1] = 9;
    assertEquals(1, attachment.content()[0]);
    assertEquals(2, attachment.content()[1]);
  }

  @Test
  void sparseDocumentStillRenders() {
    BriefDocument sparse = new BriefDocument(SampleDocuments.info("Rutland"), "Rutland",
        List.of(), "Contents", List.of(
            Section.onNewPage("No data", List.of(
                Table.withColumns(Column.text("Indicator", 1)).build(),
                Heading.h2("A heading with nothing after it"))),
            Section.continuing("Empty", List.of())),
        List.of());
    byte[] pdf = AccessiblePdf.withClock(RenderedSamples.CLOCK).render(sparse);
    List<String> pages = PdfPages.text(pdf);
    assertEquals(3, pages.size());
    assertTrue(pages.get(2).contains("A heading with nothing after it"));
  }
}
