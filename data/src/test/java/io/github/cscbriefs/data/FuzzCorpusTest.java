package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the saved fuzz corpus ({@code src/test/resources/fuzz-corpus/}): the seeds the fuzzer
 * mutates, and inputs that once broke a reader. Each is read or refused with a DataFileException.
 */
class FuzzCorpusTest {

  static List<Path> corpus() {
    List<Path> files = ReaderFuzzing.corpusFiles();
    assertTrue(files.size() >= 10, "the corpus is in place: " + files);
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isReadOrRefusedWithADataFileException(Path file) {
    ReaderFuzzing.readOrRefuse(file);
  }
}
