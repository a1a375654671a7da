package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.reporting.internal.PdfAssembler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;

/**
 * Writes a {@link BriefDocument} as an A4 PDF that conforms to PDF/UA-1 (tagged, with alternative
 * text, table headers, artifacts, language and title) and PDF/A-3a (embedded fonts, sRGB output
 * intent, XMP metadata, attachments as associated files).
 *
 * <p>Output is reproducible: the creation date comes from the clock and the document id from
 * the content, so the same document and clock give a byte-identical file.
 */
public final class AccessiblePdf {

  private final Clock clock;

  private AccessiblePdf(Clock clock) {
    this.clock = clock;
  }

  /** A writer dating its documents by the given clock. */
  public static AccessiblePdf withClock(Clock clock) {
    if (clock == null) {
      throw ReportingException.of("clock", null, Expected.instanceOf(Clock.class));
    }
    return new AccessiblePdf(clock);
  }

  /** The document as PDF bytes. */
  public byte[] render(BriefDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    writeTo(document, out);
    return out.toByteArray();
  }

  /** Writes the document as PDF to the stream, which is left open. */
  public void writeTo(BriefDocument document, OutputStream out) {
    if (document == null || out == null) {
      throw ReportingException.of("writeTo", document, "a document and an output stream");
    }
    PdfAssembler.write(document, clock.instant(), out);
  }
}
