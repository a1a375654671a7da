package io.github.cscbriefs.data;

import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.IndicatorCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Feeds files to the readers of user-supplied input and checks the one promise they make: a file is
 * either read or refused with a {@link DataFileException}, never any other exception. The reader is
 * chosen by the file's name: {@code workforce-*.csv}, {@code ofsted-*.csv}, {@code ofsted-*.ods},
 * {@code local-*.yaml} or {@code local-*.json}, as in {@code src/test/resources/fuzz-corpus/}.
 */
final class ReaderFuzzing {

  static final Path CORPUS = corpus();
  private static final CouncilDirectory COUNCILS = Bundled.councilsWithGss();
  private static final LocalEvidenceReader LOCAL = new LocalEvidenceReader(COUNCILS, IndicatorCatalogue.defaults());
  /** Small, so that a mutation that inflates the file still meets the limit. */
  private static final ReadLimits LIMITS = new ReadLimits(64 * 1024, 2025);

  /** Fragments worth inserting: delimiters, quotes, line ends, byte-order marks, NUL, YAML syntax, odd numbers. */
  private static final List<byte[]> FRAGMENTS = Stream.of(",", ";", "\t", "\"", "\"\"", "\n", "\r", "\r\n", "\uFEFF",
      "\0", "#", ": ", "- ", "&a ", "*a", "!!", "{", "[", "]", "}", "'", "1e999", "NaN", "-1", "140", "x", " / ",
      "2031", "31/02/2021", "E99999999", "\u00e9", "\uD83D\uDE00").map(s -> s.getBytes(StandardCharsets.UTF_8))
      .toList();
  private static final List<byte[]> RAW = List.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE,
      (byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xA3}, new byte[] {'P', 'K', 3, 4});

  private ReaderFuzzing() {}

  /** Reads {@code file} with the reader its name selects, in both modes where a mode applies. */
  static void readOrRefuse(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("workforce-")) {
      both(mode -> WorkforceCsvReader.read(file, COUNCILS, mode, LIMITS));
    } else if (name.startsWith("ofsted-") && name.endsWith(".ods")) {
      both(mode -> OfstedReader.readOds(file, COUNCILS, mode));
    } else if (name.startsWith("ofsted-")) {
      both(mode -> OfstedReader.readCsv(List.of(file), COUNCILS, mode));
    } else if (name.startsWith("local-")) {
      refusedCleanly(() -> LOCAL.read(file));
    } else {
      throw new IllegalArgumentException("no reader for " + file + "; name corpus files workforce-, ofsted- or local-");
    }
  }

  private static void both(Consumer<ReadMode> read) {
    for (ReadMode mode : ReadMode.values()) {
      refusedCleanly(() -> read.accept(mode));
    }
  }

  private static void refusedCleanly(Runnable read) {
    try {
      read.run();
    } catch (DataFileException e) {
      if (e.problems().isEmpty() || e.getMessage().isBlank()) {
        throw new AssertionError("a DataFileException without problems", e);
      }
    }
  }

  /**
   * Applies mutations to {@code seed}; each three numbers are one mutation: what to do, where, and
   * with what (a byte, a fragment or a length).
   */
  static byte[] mutate(byte[] seed, List<Integer> numbers) {
    byte[] bytes = seed;
    for (int i = 0; i + 2 < numbers.size(); i += 3) {
      int what = Math.floorMod(numbers.get(i), 6);
      int at = Math.floorMod(numbers.get(i + 1), bytes.length + 1);
      int with = numbers.get(i + 2);
      bytes = switch (what) {
        case 0 -> flip(bytes, at, with);
        case 1 -> slice(bytes, 0, at);
        case 2 -> insert(bytes, at, FRAGMENTS.get(Math.floorMod(with, FRAGMENTS.size())));
        case 3 -> insert(bytes, at, RAW.get(Math.floorMod(with, RAW.size())));
        case 4 -> concat(slice(bytes, 0, at), slice(bytes, Math.min(bytes.length, at + Math.floorMod(with, 16)), bytes.length));
        default -> insert(bytes, at, slice(bytes, at, Math.min(bytes.length, at + Math.floorMod(with, 200))));
      };
    }
    return bytes;
  }

  private static byte[] flip(byte[] bytes, int at, int with) {
    if (at >= bytes.length) {
      return bytes;
    }
    byte[] copy = bytes.clone();
    copy[at] ^= (byte) (1 << Math.floorMod(with, 8));
    return copy;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] fragment) {
    return concat(concat(slice(bytes, 0, at), fragment), slice(bytes, at, bytes.length));
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  /** The corpus files, by name. */
  static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path corpus() {
    try {
      return Path.of(ReaderFuzzing.class.getResource("/fuzz-corpus/").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
