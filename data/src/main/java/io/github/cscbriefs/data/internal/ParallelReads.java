package io.github.cscbriefs.data.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads files that do not depend on each other at the same time, one per core, and hands back each
 * result where the caller asks for it, in the caller's order. A read that failed throws, when its
 * result is asked for, what it threw: a caller that takes the results in its files' order reports
 * the first failing file of that order, as reading them one after another would. Closing stops the
 * reads no one asked for.
 */
public final class ParallelReads implements AutoCloseable {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool;

  private ParallelReads(int threads) {
    int number = POOLS.incrementAndGet();
    AtomicInteger threadNumber = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "csc-briefs-read-" + number + "-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Reads on as many threads as the machine has cores. */
  public static ParallelReads onEveryCore() {
    return new ParallelReads(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** A read under way. */
  @FunctionalInterface
  public interface Read<T> {
    /** Waits for the read and returns what it read, or throws what it threw. */
    T get();
  }

  /** Starts the read. */
  public <T> Read<T> start(Callable<T> read) {
    Future<T> future = pool.submit(read);
    return () -> {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the data", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause.getMessage(), cause);
      }
    };
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
