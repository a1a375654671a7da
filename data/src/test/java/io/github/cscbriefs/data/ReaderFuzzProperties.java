package io.github.cscbriefs.data;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the readers of user-supplied files: each seed of the corpus is mutated (bytes flipped,
 * truncated, delimiters, quotes, line ends, byte-order marks and odd numbers inserted, spans cut or
 * repeated) and the reader must read it or refuse it with a DataFileException. A failure prints the
 * mutated file; save it in the corpus under the seed's prefix. Examples are few to keep the build
 * fast; run more with {@code -DQT_EXAMPLES=20000}, and repeat a failure with the {@code QT_SEED} it
 * reports.
 */
// Not a timing assertion: a guard so that a reader caught in a loop fails the build instead of hanging it.
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReaderFuzzProperties {

  private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 100);

  @TempDir Path dir;

  static List<Path> seeds() {
    return ReaderFuzzing.corpusFiles().stream().filter(p -> p.getFileName().toString().contains("-seed")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aMutatedFileIsReadOrRefusedWithADataFileException(Path seed) {
    byte[] original = ReaderFuzzing.bytes(seed);
    Path file = dir.resolve(seed.getFileName().toString());
    qt().withExamples(EXAMPLES).withShrinkCycles(200)
        .forAll(lists().of(integers().all()).ofSizeBetween(3, 24))
        .checkAssert(numbers -> {
          byte[] mutated = ReaderFuzzing.mutate(original, numbers);
          write(file, mutated);
          try {
            ReaderFuzzing.readOrRefuse(file);
          } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("mutated " + seed.getFileName() + " (ISO-8859-1 text, escaped):\n"
                + escape(mutated), e);
          }
        });
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (char c : new String(bytes, StandardCharsets.ISO_8859_1).toCharArray()) {
      out.append(c == '\n' || (c >= 32 && c < 127) ? String.valueOf(c) : String.format("\\x%02x", (int) c));
    }
    return out.toString();
  }
}
