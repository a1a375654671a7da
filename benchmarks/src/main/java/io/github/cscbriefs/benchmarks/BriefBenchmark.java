package io.github.cscbriefs.benchmarks;

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
 * One brief, warm: the project's renderer against the JasperReports baseline, from the same
 * profile. Both include composing the brief from the profile; Jasper's designs are compiled once
 * at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BriefBenchmark {

  @Param({"North East Lincolnshire", "Sefton"})
  public String council;

  private BriefFixture fixture;
  private JasperBrief jasper;
  private JasperBrief jasperCompressed;

  @Setup
  public void setUp() {
    fixture = BriefFixture.of(council);
    jasper = JasperBrief.compile(JasperBrief.Output.PDF_A_1A);
    jasperCompressed = JasperBrief.compile(JasperBrief.Output.COMPRESSED);
  }

  @Benchmark
  public byte[] ours(CpuTime cpu) {
    return cpu.measure(() -> fixture.renderer().render(fixture.profile(), fixture.options()));
  }

  /** Jasper writing PDF/A-1a, like for like with the project's PDF/A-3a. */
  @Benchmark
  public byte[] jasper(CpuTime cpu) {
    return cpu.measure(() -> jasper.render(fixture.compose()));
  }

  /** Jasper with its compressed option instead, which gives up PDF/A. */
  @Benchmark
  public byte[] jasperCompressed(CpuTime cpu) {
    return cpu.measure(() -> jasperCompressed.render(fixture.compose()));
  }
}
