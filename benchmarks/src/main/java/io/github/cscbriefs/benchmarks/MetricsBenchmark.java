package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full metrics pass: the profile (every indicator's comparison, capacity, history, actions) of
 * every current council for every reporting year in the data. The dataset is loaded once; each pass
 * starts from a new {@link BriefProfiles}, since one instance keeps what it has computed (series,
 * distributions) and a second pass over the same instance would measure only the lookups.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetricsBenchmark {

  private Dataset dataset;

  @Setup
  public void load() {
    dataset = OfficialData.load();
  }

  @Benchmark
  public void fullPass(Blackhole sink, CpuTime cpu) {
    long start = CpuTime.now();
    BriefProfiles profiles = BriefProfiles.of(dataset);
    for (int year : dataset.reportingYears()) {
      for (Council council : dataset.councils().current()) {
        sink.consume(profiles.profile(council, year));
      }
    }
    cpu.since(start);
  }
}
