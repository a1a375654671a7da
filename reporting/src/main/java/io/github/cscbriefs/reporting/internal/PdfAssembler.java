package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.layout.Drawable;
import io.github.cscbriefs.reporting.layout.LaidOutDocument;
import io.github.cscbriefs.reporting.layout.LaidOutPage;
import io.github.cscbriefs.reporting.layout.Layout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a document: embeds the fonts, lays the pages out, paints them with marked content,
 * then adds the structure tree, outline, attachments and archival metadata.
 */
public final class PdfAssembler {

  private PdfAssembler() {}

  /** Writes the document as PDF/UA-1 and PDF/A-3a, created at {@code created}. */
  public static void write(BriefDocument brief, Instant created, OutputStream out) {
    try (PDDocument document = new PDDocument()) {
      EmbeddedFonts fonts = build(document, brief, created);
      fonts.subset();
      SelfListingXrefWriter.save(document, out);
    } catch (IOException e) {
      throw new ReportingException("PDF output", e);
    }
  }

  /**
   * The finished document, everything done but the save; the caller saves and closes it. Apart
   * from {@link #write}, only the benchmarks use it, to time PDFBox's save on its own.
   */
  public static PDDocument assemble(BriefDocument brief, Instant created) {
    PDDocument document = new PDDocument();
    try {
      build(document, brief, created);
      return document;
    } catch (RuntimeException e) {
      try {
        document.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** Builds the brief into the empty document; returns its fonts, still to be subset. */
  private static EmbeddedFonts build(PDDocument document, BriefDocument brief, Instant created) {
    Instant time = created.truncatedTo(ChronoUnit.SECONDS);
    document.getDocument().setVersion(1.7f);
    EmbeddedFonts fonts = EmbeddedFonts.loadInto(document);
    LaidOutDocument laid = Layout.measuredWith(fonts).lay(brief);
    List<PDPage> pages = new ArrayList<>();
    for (int i = 0; i < laid.pages().size(); i++) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
    }
    StructureTree structure = new StructureTree(laid.structure(), pages);
    PagePainter painter = new PagePainter(document, pages, fonts, structure);
    for (int i = 0; i < pages.size(); i++) {
      painter.paint(i, laid.pages().get(i));
    }
    structure.writeTo(document);
    Outline.write(document, pages, laid.bookmarks());
    EmbeddedAttachments.embed(document, brief.attachments(), time);
    ArchivalMetadata.apply(document, brief.info(), time, id(brief, laid, time));
    return fonts;
  }

  // The id is a digest of what the document says and when, so the same input gives the same id.
  private static byte[] id(BriefDocument brief, LaidOutDocument laid, Instant created) {
    try {
      MessageDigest digest = MessageDigest.getInstance("MD5");
      digest.update(brief.info().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(created.toString().getBytes(StandardCharsets.UTF_8));
      for (LaidOutPage page : laid.pages()) {
        for (Drawable drawable : page.drawables()) {
          if (drawable instanceof Drawable.TextRun text) {
            digest.update(text.text().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new ReportingException("document id", e);
    }
  }
}
