package io.github.cscbriefs.benchmarks;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

  /**
   * The baseline grows with the brief: every indicator of the profile (its dataset's catalogue) is
   * in Jasper's PDF, and the brief's level 2 headings (each indicator's, in each part that goes
   * indicator by indicator, however the brief groups them) come in the same order in both; every
   * chart of the brief is a chart of Jasper's.
   */
  @Test
  void theBaselinePrintsEveryIndicatorInTheBriefsOrder() throws IOException {
    BriefFixture fixture = BriefFixture.of(COUNCIL);
    BriefDocument brief = fixture.compose();
    String jasperText = jasperText(brief);
    List<String> headings = new ArrayList<>();
    int charts = 0;
    for (Section section : brief.sections()) {
      for (Block block : section.blocks()) {
        if (block instanceof Heading h && h.level() == 2) {
          headings.add(oneLine(h.text()));
        }
        charts += block instanceof ChartFigure ? 1 : 0;
      }
    }
    List<IndicatorComparison> comparisons = fixture.profile().comparisons();
    assertTrue(comparisons.size() >= 8, "the catalogue's indicators: " + comparisons.size());
    int from = 0;
    for (String heading : headings) {
      int at = jasperText.indexOf(heading, from);
      assertTrue(at >= 0, "Jasper's PDF has heading " + heading + " after the ones before it");
      from = at + heading.length();
    }
    long jasperCharts = JasperRows.of(brief).stream().filter(r -> r.get("kind").toString().endsWith("hart")).count();
    int briefCharts = charts;
    assertAll(
        () -> comparisons.forEach(c -> assertTrue(headings.contains(oneLine(c.indicator().label())),
            "the brief has a heading for " + c.indicator().label())),
        () -> comparisons.forEach(c -> assertTrue(jasperText.contains(oneLine(c.indicator().label())),
            "Jasper's PDF names " + c.indicator().label())),
        () -> assertEquals(briefCharts, jasperCharts, "charts"));
  }

  /** A table wider than the design's slots is printed in parts, each led by the rows' labels. */
  @Test
  void aWideTableIsPrintedInPartsThatEachKeepTheRowLabels() {
    int width = JasperRows.TABLE_SLOTS + 5;
    Table.Builder table = Table.withColumns(IntStream.range(0, width)
        .mapToObj(i -> Column.text("h" + i, 1)).toArray(Column[]::new));
    table.row(IntStream.range(0, width).mapToObj(i -> "r" + i).toArray(String[]::new));
    BriefDocument document = new BriefDocument(new DocumentInfo("T", "S", "A", "H", "V"), "Cover",
        List.of(Heading.h2("Cover")), "Contents", List.of(Section.onNewPage("Wide", List.of(table.build()))),
        List.of());
    List<Map<String, ?>> tables = JasperRows.of(document).stream().filter(r -> "table".equals(r.get("kind")))
        .toList();
    assertEquals(2, tables.size(), "14 columns in parts of at most " + JasperRows.TABLE_SLOTS);
    assertEquals(List.of("h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"), tables.get(0).get("headers"));
    assertEquals(List.of("h0", "h9", "h10", "h11", "h12", "h13"), tables.get(1).get("headers"));
  }

  private static String jasperText(BriefDocument brief) throws IOException {
    try (PDDocument b = Loader.loadPDF(JasperBrief.compile().render(brief))) {
      return oneLine(new PDFTextStripper().getText(b));
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
