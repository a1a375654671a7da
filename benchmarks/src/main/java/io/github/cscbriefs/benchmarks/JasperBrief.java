package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.reporting.BriefDocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * The JasperReports 7 baseline: the two designs compiled once, as Jasper's documentation
 * recommends, then filled and exported to PDF for each brief. Tagged PDF with a language and
 * title, heading tags and image alt text.
 */
final class JasperBrief {

  /** How the PDF is written: the two can't be had at once (PDF/A-1 forbids compressed xref). */
  enum Output {
    /** PDF/A-1a conformance with an sRGB output intent; streams compressed, cross-reference not. */
    PDF_A_1A,
    /** Jasper's "compressed" option (object and xref streams): smaller, no longer PDF/A-1. */
    COMPRESSED
  }

  private final JasperReport brief;
  private final JasperReport table;
  private final Output output;
  private final Path iccProfile;

  private JasperBrief(JasperReport brief, JasperReport table, Output output, Path iccProfile) {
    this.brief = brief;
    this.table = table;
    this.output = output;
    this.iccProfile = iccProfile;
  }

  /** Compiles the designs, for PDF/A-1a output; do it once and render many briefs. */
  static JasperBrief compile() {
    return compile(Output.PDF_A_1A);
  }

  /** Compiles the designs; do it once and render many briefs. */
  static JasperBrief compile(Output output) {
    try {
      return new JasperBrief(compile("jasper/brief.jrxml"), compile("jasper/table.jrxml"),
          output, srgbProfile());
    } catch (JRException e) {
      throw new IllegalStateException("the Jasper designs do not compile", e);
    }
  }

  private static JasperReport compile(String resource) throws JRException {
    try (InputStream in = JasperBrief.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return JasperCompileManager.compileReport(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  // Jasper reads the output intent's ICC profile from a path: the JDK's own sRGB, written once.
  private static Path srgbProfile() {
    try {
      Path file = Files.createTempFile("srgb", ".icc");
      file.toFile().deleteOnExit();
      Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("sRGB profile", e);
    }
  }

  /** The filled report, before export. */
  JasperPrint fill(BriefDocument document) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("RUNNING_HEADER", document.info().runningHeader());
    parameters.put("DATA_VINTAGE", document.info().dataVintage());
    parameters.put("TABLE_REPORT", table);
    try {
      return JasperFillManager.fillReport(brief, parameters,
          new JRMapCollectionDataSource(JasperRows.of(document)));
    } catch (JRException e) {
      throw new IllegalStateException("filling the brief for " + document.info().title(), e);
    }
  }

  /** The brief as PDF bytes. */
  byte[] render(BriefDocument document) {
    JasperPrint print = fill(document);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(document.info().title());
    configuration.setMetadataAuthor(document.info().author());
    configuration.setMetadataSubject(document.info().subject());
    configuration.setDisplayMetadataTitle(true);
    configuration.setTagged(true);
    configuration.setTagLanguage("en-GB");
    if (output == Output.PDF_A_1A) {
      configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1A);
      configuration.setIccProfilePath(iccProfile.toString());
    } else {
      configuration.setCompressed(true);
    }
    exporter.setConfiguration(configuration);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new IllegalStateException("exporting the brief for " + document.info().title(), e);
    }
    return out.toByteArray();
  }
}
