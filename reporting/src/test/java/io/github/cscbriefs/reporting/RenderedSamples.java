package io.github.cscbriefs.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Renders the sample documents once per test run and keeps them in target/ for looking at. */
final class RenderedSamples {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

  private static byte[] sample;
  private static byte[] overflowing;

  private RenderedSamples() {}

  static synchronized byte[] sample() {
    if (sample == null) {
      sample = keep("sample.pdf", AccessiblePdf.withClock(CLOCK).render(SampleDocuments.sample()));
    }
    return sample;
  }

  static synchronized byte[] overflowing() {
    if (overflowing == null) {
      overflowing = keep("overflowing.pdf",
          AccessiblePdf.withClock(CLOCK).render(SampleDocuments.overflowing()));
    }
    return overflowing;
  }

  static byte[] keep(String name, byte[] pdf) {
    try {
      Path dir = Path.of("target", "rendered");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
