package io.github.cscbriefs.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartPainterTest {

  /**
   * A chart's canvas is a {@code Graphics2D}, which inherits a finalizer; one the JVM had to
   * finalize reached the whole document through its fonts, so a written brief stayed in the heap,
   * and was copied by the collector, until a later collection. Now the first collection after the
   * document is dropped frees it.
   */
  @Test
  void aWrittenDocumentWithChartsIsFreedByTheFirstCollectionAfterItIsDropped() throws Exception {
    ReferenceQueue<PDDocument> queue = new ReferenceQueue<>();
    Reference<PDDocument> written = writeDocumentWithAChart(queue);
    System.gc();
    assertSame(written, queue.remove(10_000),
        "the document was still reachable after one collection");
  }

  /** Draws a bar chart into a one-page document, writes and closes it, and lets go of it. */
  private static Reference<PDDocument> writeDocumentWithAChart(ReferenceQueue<PDDocument> queue)
      throws Exception {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(17.4, "Caseload", "2024");
    data.addValue(16.2, "Caseload", "2025");
    JFreeChart chart = ChartFactory.createBarChart(null, "Year", "Children per worker", data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PDDocument document = new PDDocument();
    PDPage page = new PDPage();
    document.addPage(page);
    PDFormXObject form = new ChartPainter(document, EmbeddedFonts.loadInto(document))
        .draw(chart, 300, 200);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawForm(form);
    }
    document.save(out);
    document.close();
    assertTrue(out.size() > 0, "the document was written");
    return new PhantomReference<>(document, queue);
  }
}
