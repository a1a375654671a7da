package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.Attachment;
import io.github.cscbriefs.reporting.ReportingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds files as PDF/A-3 associated files: each file specification has F and UF names, a
 * description and AFRelationship Data; each embedded stream has its MIME subtype, size and
 * modification date; the catalog's AF array lists them all.
 */
final class EmbeddedAttachments {

  private EmbeddedAttachments() {}

  static void embed(PDDocument document, List<Attachment> attachments, Instant modified) {
    if (attachments.isEmpty()) {
      return;
    }
    Map<String, PDComplexFileSpecification> names = new LinkedHashMap<>();
    COSArray associated = new COSArray();
    for (Attachment attachment : attachments) {
      PDComplexFileSpecification spec = specification(document, attachment, modified);
      names.put(attachment.fileName(), spec);
      associated.add(spec);
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(names);
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(catalog);
    dictionary.setEmbeddedFiles(tree);
    catalog.setNames(dictionary);
    catalog.getCOSObject().setItem(COSName.AF, associated);
  }

  private static PDComplexFileSpecification specification(PDDocument document,
      Attachment attachment, Instant modified) {
    try {
      byte[] content = attachment.content();
      PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(content));
      file.setSubtype(attachment.mimeType());
      file.setSize(content.length);
      file.setModDate(ArchivalMetadata.calendar(modified));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile(attachment.fileName());
      spec.setFileUnicode(attachment.fileName());
      spec.setFileDescription(attachment.description());
      spec.setEmbeddedFile(file);
      spec.setEmbeddedFileUnicode(file);
      spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
      return spec;
    } catch (IOException e) {
      throw new ReportingException("attachment " + attachment.fileName(), e);
    }
  }
}
