package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.reporting.AccessiblePdf;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.html.HtmlBrief;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the HTML edition costs beside the PDF, warm, for one brief: composing the document (shared by
 * both editions), then laying it out as PDF, as HTML, or both, as {@code brief --format both} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlBenchmark {

  @Param({"North East Lincolnshire", "Sefton"})
  public String council;

  private BriefFixture fixture;
  private AccessiblePdf pdf;

  @Setup
  public void setUp() {
    fixture = BriefFixture.of(council);
    pdf = AccessiblePdf.withClock(Clock.fixed(BriefFixture.CREATED, ZoneOffset.UTC));
  }

  /** The PDF alone, composing included: what {@code --format pdf} does per council. */
  @Benchmark
  public byte[] pdfOnly(CpuTime cpu) {
    return cpu.measure(() -> pdf.render(document()));
  }

  /** The HTML page alone, composing included. */
  @Benchmark
  public byte[] htmlOnly(CpuTime cpu) {
    return cpu.measure(() -> HtmlBrief.utf8(document()));
  }

  /** Both editions of one composed document: what {@code --format both} does per council. */
  @Benchmark
  public int both(CpuTime cpu) {
    return cpu.measure(() -> {
      BriefDocument document = document();
      return pdf.render(document).length + HtmlBrief.utf8(document).length;
    });
  }

  private BriefDocument document() {
    return fixture.compose();
  }
}
