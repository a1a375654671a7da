package io.github.cscbriefs.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time, beside JMH's wall-clock score: on a shared machine a thread
 * waits for a core, which wall time counts and CPU time does not. JMH reports both counters as
 * totals; CPU time per operation is {@code cpuMicros / calls}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of the measured calls, in microseconds (a JMH counter). */
  public long cpuMicros;

  /** Measured calls (a JMH counter). */
  public long calls;

  @Setup(Level.Iteration)
  public void reset() {
    cpuMicros = 0;
    calls = 0;
  }

  /** The thread's CPU time now, in nanoseconds, to pass to {@link #since}. */
  static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Runs the call, adding its CPU time to the counters. */
  <T> T measure(Supplier<T> call) {
    long start = now();
    T result = call.get();
    since(start);
    return result;
  }

  void since(long start) {
    cpuMicros += (now() - start) / 1_000;
    calls++;
  }
}
