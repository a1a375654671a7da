package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.internal.PdfAssembler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The floor: PDFBox saving a finished brief (North East Lincolnshire), assembled afresh before
 * each invocation and not timed. What the project's own code costs is the whole brief
 * ({@link BriefBenchmark#ours}) less this.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SaveFloorBenchmark {

  private BriefDocument brief;
  private PDDocument document;

  @Setup(Level.Trial)
  public void compose() {
    brief = BriefFixture.of("North East Lincolnshire").compose();
  }

  @Setup(Level.Invocation)
  public void assemble() {
    document = PdfAssembler.assemble(brief, BriefFixture.CREATED);
  }

  @TearDown(Level.Invocation)
  public void close() throws IOException {
    document.close();
  }

  @Benchmark
  public PDDocument save(CpuTime cpu) throws IOException {
    long start = CpuTime.now();
    document.save(OutputStream.nullOutputStream());
    cpu.since(start);
    return document;
  }
}
