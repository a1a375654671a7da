package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.ReportingException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes the file archival (PDF/A-3a) and identifies it as accessible (PDF/UA-1): XMP
 * metadata matching the document information dictionary, the sRGB output intent, the document
 * language, MarkInfo, the title shown in the window, and a fixed document id.
 */
final class ArchivalMetadata {

  static final String LANGUAGE = "en-GB";
  static final String PRODUCER = "CSC Briefs (Apache PDFBox)";
  private static final String SRGB = "sRGB IEC61966-2.1";

  private ArchivalMetadata() {}

  static void apply(PDDocument document, DocumentInfo info, Instant created, byte[] id) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(LANGUAGE);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    PDViewerPreferences preferences = new PDViewerPreferences(
        new org.apache.pdfbox.cos.COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    information(document, info, created);
    xmp(document, info, created);
    outputIntent(document);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  static Calendar calendar(Instant instant) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  private static void information(PDDocument document, DocumentInfo info, Instant created) {
    PDDocumentInformation information = new PDDocumentInformation();
    information.setTitle(info.title());
    information.setAuthor(info.author());
    information.setSubject(info.subject());
    information.setCreator(PRODUCER);
    information.setProducer(PRODUCER);
    information.setCreationDate(calendar(created));
    information.setModificationDate(calendar(created));
    document.setDocumentInformation(information);
  }

  private static void xmp(PDDocument document, DocumentInfo info, Instant created) {
    String date = DateTimeFormatter.ISO_INSTANT.format(created);
    String xml = Xmp.packet(info.title(), info.author(), info.subject(), LANGUAGE, date,
        PRODUCER);
    try {
      PDMetadata metadata = new PDMetadata(document,
          new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      document.getDocumentCatalog().setMetadata(metadata);
    } catch (IOException e) {
      throw new ReportingException("XMP metadata", e);
    }
  }

  private static void outputIntent(PDDocument document) {
    byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    try {
      PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
      intent.setInfo(SRGB);
      intent.setOutputCondition(SRGB);
      intent.setOutputConditionIdentifier(SRGB);
      intent.setRegistryName("http://www.color.org");
      document.getDocumentCatalog().addOutputIntent(intent);
    } catch (IOException e) {
      throw new ReportingException("sRGB output intent", e);
    }
  }
}
