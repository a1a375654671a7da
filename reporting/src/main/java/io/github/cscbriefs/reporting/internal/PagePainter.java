package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.layout.Artifact;
import io.github.cscbriefs.reporting.layout.Drawable;
import io.github.cscbriefs.reporting.layout.LaidOutPage;
import io.github.cscbriefs.reporting.layout.Mark;
import io.github.cscbriefs.reporting.layout.StructNode;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints laid-out pages into content streams. Consecutive items of one structure node become one
 * marked-content sequence with its own id; decorations become /Artifact sequences.
 */
final class PagePainter {

  private final PDDocument document;
  private final List<PDPage> pages;
  private final EmbeddedFonts fonts;
  private final StructureTree structure;
  private final ChartPainter charts;
  /**
   * The two artifacts' property lists, one object each for the whole document: every page's
   * resources name the same one, rather than a new object per artifact (over a thousand a brief).
   */
  private final PDPropertyList layoutArtifact = artifact("Layout");
  private final PDPropertyList paginationArtifact = artifact("Pagination");

  PagePainter(PDDocument document, List<PDPage> pages, EmbeddedFonts fonts,
      StructureTree structure) {
    this.document = document;
    this.pages = pages;
    this.fonts = fonts;
    this.structure = structure;
    this.charts = new ChartPainter(document, fonts);
  }

  private static PDPropertyList artifact(String type) {
    COSDictionary properties = new COSDictionary();
    properties.setName(COSName.TYPE, type);
    return PDPropertyList.create(properties);
  }

  void paint(int index, LaidOutPage laid) {
    PDPage page = pages.get(index);
    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
      Mark open = null;
      for (Drawable drawable : laid.drawables()) {
        if (drawable instanceof Drawable.LinkArea link) {
          link(index, page, link);
          continue;
        }
        if (drawable.mark() != open) {
          if (open != null) {
            stream.endMarkedContent();
          }
          begin(stream, drawable.mark(), index);
          open = drawable.mark();
        }
        draw(stream, drawable);
      }
      if (open != null) {
        stream.endMarkedContent();
      }
    } catch (IOException e) {
      throw new ReportingException("page " + (index + 1), e);
    }
  }

  private void begin(PDPageContentStream stream, Mark mark, int page) throws IOException {
    if (mark instanceof StructNode node) {
      COSDictionary properties = new COSDictionary();
      properties.setInt(COSName.MCID, structure.mark(node, page));
      stream.beginMarkedContent(COSName.getPDFName(node.type()),
          PDPropertyList.create(properties));
    } else {
      stream.beginMarkedContent(COSName.ARTIFACT,
          mark == Artifact.PAGINATION ? paginationArtifact : layoutArtifact);
    }
  }

  private void draw(PDPageContentStream stream, Drawable drawable) throws IOException {
    if (drawable instanceof Drawable.TextRun text) {
      stream.beginText();
      stream.setFont(fonts.face(text.bold()), text.size());
      colour(stream, text.color());
      stream.newLineAtOffset(text.x(), text.baseline());
      stream.showText(text.text());
      stream.endText();
    } else if (drawable instanceof Drawable.Box box) {
      colour(stream, box.fill());
      stream.addRect(box.x(), box.y(), box.width(), box.height());
      stream.fill();
    } else if (drawable instanceof Drawable.Rule rule) {
      stream.setStrokingColor(rule.color());
      stream.setLineWidth(rule.lineWidth());
      stream.moveTo(rule.x1(), rule.y1());
      stream.lineTo(rule.x2(), rule.y2());
      stream.stroke();
    } else if (drawable instanceof Drawable.Figure figure) {
      stream.saveGraphicsState();
      stream.transform(Matrix.getTranslateInstance(figure.x(), figure.y()));
      stream.drawForm(charts.draw(figure.chart(), figure.width(), figure.height()));
      stream.restoreGraphicsState();
    }
  }

  private static void colour(PDPageContentStream stream, Color color) throws IOException {
    stream.setNonStrokingColor(color);
  }

  private void link(int index, PDPage page, Drawable.LinkArea area) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(area.x(), area.y(), area.width(), area.height()));
    link.setContents(area.description());
    link.setPrinted(true);
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setPage(pages.get(area.targetPage()));
    destination.setLeft(0);
    destination.setTop(Math.round(area.targetTop()));
    PDActionGoTo action = new PDActionGoTo();
    action.setDestination(destination);
    link.setAction(action);
    List<PDAnnotation> annotations = page.getAnnotations();
    annotations.add(link);
    page.setAnnotations(annotations);
    structure.attach(area.mark(), index, link);
  }
}
