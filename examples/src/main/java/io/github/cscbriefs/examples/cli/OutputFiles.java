package io.github.cscbriefs.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Output files that are either whole or absent: content goes to a temporary file in the target
 * folder, is forced to disk, then moved over the final name in one step. A failed or interrupted
 * write leaves no file under the final name; concurrent runs each write their own temporary file.
 */
final class OutputFiles {

  /** Writes the content to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * A file name safe on every common file system, derived from a council's name: lower case ASCII
   * letters, digits and hyphens only, so no path separators, dots or reserved names get through.
   */
  static String safeName(String councilName, String extension) {
    String ascii = Normalizer.normalize(councilName, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > 80) {
      ascii = ascii.substring(0, 80).replaceAll("-+$", "");
    }
    return (ascii.isEmpty() ? "council" : ascii) + "." + extension;
  }

  /**
   * The file name of a council's output for a reporting year, e.g. {@code sefton-2021.pdf}: the
   * year is part of the name so that briefs of different years never replace each other.
   */
  static String safeName(String councilName, int year, String extension) {
    String base = safeName(councilName, extension);
    return base.substring(0, base.length() - extension.length() - 1) + "-" + year + "." + extension;
  }

  /** Writes {@code content} to {@code target} atomically, replacing any existing file. */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // A fresh name per write (so concurrent runs never share one), created with the usual
    // permissions (createTempFile would make it owner-only). It names the writing process, so that a
    // later run can tell a killed run's leftover from a running writer's file.
    Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + UUID.randomUUID() + ".part");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** How long an unfinished file may go unchanged before it counts as left by a killed run. */
  static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

  private static final java.util.regex.Pattern UNFINISHED = java.util.regex.Pattern.compile(
      "\\..+?\\.(?:(\\d+)\\.)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");

  /**
   * Deletes the unfinished files that killed runs left in {@code dir}: those whose writing process
   * has ended, or that have not changed for {@link #STALE}. A running writer's file and any file
   * not named like one of ours are left alone.
   *
   * @return how many were deleted
   */
  static int removeUnfinished(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    java.time.Instant staleBefore = java.time.Instant.now().minus(STALE);
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        java.util.regex.Matcher m = UNFINISHED.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        boolean writerGone = m.group(1) != null
            && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false);
        boolean untouched = Files.getLastModifiedTime(file).toInstant().isBefore(staleBefore);
        if ((writerGone || untouched) && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    return removed;
  }
}
