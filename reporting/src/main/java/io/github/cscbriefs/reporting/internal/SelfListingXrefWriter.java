package io.github.cscbriefs.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdfparser.xref.NormalXReference;
import org.apache.pdfbox.pdfparser.xref.XReferenceEntry;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's writer with object streams, whose cross-reference stream also lists itself. The PDF
 * specification (ISO 32000-1, 7.5.8) has a cross-reference stream cover every object of its
 * section, itself included; PDFBox 3.0 leaves its own entry out while setting /Size to one more
 * than its own number, so {@code qpdf --check} warns that /Size is not one more than the highest
 * object number listed.
 *
 * <p>PDFBox asks for the entries once, just before it numbers and writes the cross-reference
 * stream at the current position as the object after the highest one written; this writer adds
 * that entry to the list it hands back.
 */
final class SelfListingXrefWriter extends COSWriter {

  private boolean selfListed;

  private SelfListingXrefWriter(OutputStream out) {
    super(out, CompressParameters.DEFAULT_COMPRESSION);
  }

  /**
   * Saves the document with object streams and a self-listing cross-reference stream. Does what
   * {@link PDDocument#save(OutputStream)} does first: marks the document as using a
   * cross-reference stream; the caller subsets its fonts.
   */
  static void save(PDDocument document, OutputStream out) throws IOException {
    document.getDocument().setIsXRefStream(true);
    new SelfListingXrefWriter(out).write(document);
  }

  /** Every entry goes straight into PDFBox's own list, which {@link #getXRefEntries} extends. */
  @Override
  protected void addXRefEntry(XReferenceEntry entry) {
    super.getXRefEntries().add(entry);
  }

  /**
   * PDFBox's entries. With object streams PDFBox asks for them only to build the
   * cross-reference stream, which it numbers one above the highest object written and writes at
   * the current position; the first time, the stream's own entry is added.
   */
  @Override
  protected List<XReferenceEntry> getXRefEntries() {
    List<XReferenceEntry> entries = super.getXRefEntries();
    if (!selfListed) {
      selfListed = true;
      long highest = entries.stream().mapToLong(e -> e.getReferencedKey().getNumber()).max()
          .orElse(0);
      entries.add(new NormalXReference(getStandardOutput().getPos(),
          new COSObjectKey(highest + 1, 0), null));
    }
    return entries;
  }
}
