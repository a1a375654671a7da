package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AccessiblePdfDeterminismTest {

  @Test
  void sameDocumentAndClockGiveByteIdenticalFiles() {
    byte[] first = RenderedSamples.sample();
    byte[] second = AccessiblePdf.withClock(RenderedSamples.CLOCK).render(SampleDocuments.sample());
    assertArrayEquals(first, second);
  }

  @Test
  void anotherClockGivesAnotherFile() {
    byte[] later = AccessiblePdf.withClock(java.time.Clock.offset(RenderedSamples.CLOCK,
        java.time.Duration.ofDays(1))).render(SampleDocuments.sample());
    assertFalse(Arrays.equals(RenderedSamples.sample(), later));
  }
}
