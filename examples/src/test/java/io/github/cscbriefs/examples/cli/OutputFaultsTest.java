package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.testkit.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults while writing: concurrent runs, a killed process. */
class OutputFaultsTest {

  @TempDir Path dir;

  @Test
  void twoRunsWritingTheSameFilesAtOnceNeverMixTheirContent() throws Exception {
    byte[] runA = filled((byte) 'A', 3_000_000);
    byte[] runB = filled((byte) 'B', 2_000_000);
    List<Path> targets = List.of(dir.resolve("sefton.pdf"), dir.resolve("wigan.pdf"), dir.resolve("bury.pdf"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> runs = Stream.of(runA, runB).map(content -> pool.submit(() -> {
        start.await();
        for (int round = 0; round < 5; round++) {
          for (Path target : targets) {
            OutputFiles.writeAtomically(target, out -> {
              for (int i = 0; i < content.length; i += 65_536) {
                out.write(content, i, Math.min(65_536, content.length - i));
              }
            });
          }
        }
        return null;
      })).<Future<?>>map(f -> f).toList();
      start.countDown();
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (Path target : targets) {
      byte[] written = Files.readAllBytes(target);
      assertTrue(Arrays.equals(written, runA) || Arrays.equals(written, runB),
          target + " holds one run's whole file, not a mixture (" + written.length + " bytes)");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(3, files.count(), "no temporary files left");
    }
  }

  @Test
  void aKilledProcessNeverLeavesAFileUnderItsFinalName() throws Exception {
    Path target = dir.resolve("north-east-lincolnshire.pdf");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", ChildJvm.classPath(SlowWriter.class), SlowWriter.class.getName(), target.toString())
        .redirectErrorStream(true).start();
    try {
      Path started = dir.resolve("started");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(started) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(Files.exists(started), "the child began writing");
      child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } finally {
      child.destroyForcibly();
    }
    assertFalse(Files.exists(target), "no truncated file under the final name");
  }

  private static byte[] filled(byte b, int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, b);
    return bytes;
  }

  /** A child process that writes a brief very slowly, so that it can be killed mid-write. */
  public static final class SlowWriter {
    public static void main(String[] args) throws IOException {
      Path target = Path.of(args[0]);
      OutputFiles.writeAtomically(target, out -> {
        out.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.flush();
        Files.createFile(target.resolveSibling("started"));
        for (int i = 0; i < 600; i++) {
          out.write(new byte[1024]);
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
  }
}
