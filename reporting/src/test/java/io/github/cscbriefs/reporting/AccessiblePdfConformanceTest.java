package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF finds no violation of PDF/UA-1 or PDF/A-3a in rendered documents. */
class AccessiblePdfConformanceTest {

  @Test
  void sampleConformsToPdfUa1() throws Exception {
    assertConforms(RenderedSamples.sample(), PDFAFlavour.PDFUA_1);
  }

  @Test
  void sampleConformsToPdfA3a() throws Exception {
    assertConforms(RenderedSamples.sample(), PDFAFlavour.PDFA_3_A);
  }

  @Test
  void overflowingDocumentConformsToPdfUa1AndPdfA3a() throws Exception {
    assertConforms(RenderedSamples.overflowing(), PDFAFlavour.PDFUA_1);
    assertConforms(RenderedSamples.overflowing(), PDFAFlavour.PDFA_3_A);
  }

  // A control: the validator must be able to fail, or the tests above would prove nothing.
  @Test
  void plainUntaggedPdfFailsBothProfiles() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
      plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      plain.save(out);
    }
    org.junit.jupiter.api.Assertions.assertFalse(
        VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
    org.junit.jupiter.api.Assertions.assertFalse(
        VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFA_3_A).isEmpty());
  }

  private static void assertConforms(byte[] pdf, PDFAFlavour flavour) throws Exception {
    List<String> failures = VeraPdf.failures(pdf, flavour);
    assertEquals(List.of(), failures, flavour + " violations:\n" + String.join("\n", failures));
  }
}
