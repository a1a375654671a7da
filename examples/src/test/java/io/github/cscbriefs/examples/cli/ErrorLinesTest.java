package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a person can act on: sentences, always one line, and no output lost without saying so. */
class ErrorLinesTest {

  @TempDir Path dir;

  private static CommandRun run(String... args) {
    return CommandRun.of(args);
  }

  @Test
  void outNamingAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    CommandRun r = run("brief", "--la", "Sefton", "--out", file.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("csc-briefs: --out must be a folder, but " + file + " is a file\n", r.err());
    CommandRun below = run("brief", "--la", "Sefton", "--out", file.resolve("briefs").toString());
    assertEquals(2, below.exitCode(), below.err());
    assertEquals("csc-briefs: --out must be a folder, but " + file + " is a file\n", below.err());
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void anEmptyOutIsAUsageError() {
    CommandRun r = run("brief", "--la", "Sefton", "--out", "");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("csc-briefs: --out needs a folder's name, e.g. --out briefs\n"), r.err());
  }

  @Test
  void exceptionsWithoutAMessageBecomeSentences() {
    assertEquals("no such file or folder: /data/x.csv", Errors.describe(new NoSuchFileException("/data/x.csv")));
    assertEquals("/out/sefton.pdf already exists", Errors.describe(new FileAlreadyExistsException("/out/sefton.pdf")));
    assertEquals("permission denied: /out", Errors.describe(new AccessDeniedException("/out")));
    String missing = dir.resolve("gone").toString();
    String previous = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", missing);
    try {
      assertEquals("the temporary folder " + missing + " does not exist; create it, or name another with "
          + "CSC_BRIEFS_JAVA_OPTS=-Djava.io.tmpdir=FOLDER",
          Errors.describe(new ExceptionInInitializerError(new IOException("Problem reading font data."))));
      assertEquals("the temporary folder " + missing + " does not exist; create it, or name another with "
          + "CSC_BRIEFS_JAVA_OPTS=-Djava.io.tmpdir=FOLDER",
          Errors.describe(new NoClassDefFoundError("Could not initialize class x.Fonts")));
    } finally {
      System.setProperty("java.io.tmpdir", previous);
    }
    assertEquals("Problem reading font data.",
        Errors.describe(new ExceptionInInitializerError(new IOException("Problem reading font data."))));
    assertFalse(Errors.describe(new IllegalStateException()).contains("IllegalStateException"),
        Errors.describe(new IllegalStateException()));
  }

  @Test
  void anErrorIsAlwaysOneLineWithControlCharactersVisibleAndLongValuesCut() throws IOException {
    CommandRun forged = run("brief", "--la", "Seftn\ncsc-briefs: all input files are valid\u001b[31m");
    assertEquals(2, forged.exitCode(), forged.err());
    assertEquals(1, forged.err().lines().count(), forged.err());
    assertFalse(forged.err().contains("\u001b"), forged.err());
    assertTrue(forged.err().contains("'Seftn\\ncsc-briefs: all input files are valid\\u001b[31m'"), forged.err());

    CommandRun option = run("brief", "--colour\u001b]0;owned\u0007");
    assertEquals(2, option.exitCode());
    assertFalse(option.err().contains("\u001b") || option.err().contains("\u0007"), option.err());

    Path csv = dir.resolve("workforce.csv");
    Files.writeString(csv, "time_period,geographic_level,country_code,region_code,old_la_code,new_la_code,"
        + "la_name,caseload_fte\n2025,National,E92000001,,,,,\"" + "9x".repeat(500_000) + "\nall input files are valid\"\n");
    CommandRun cell = run("brief", "--la", "Sefton", "--workforce", csv.toString(), "--out", dir.resolve("b").toString());
    assertEquals(1, cell.exitCode(), cell.err().substring(0, Math.min(500, cell.err().length())));
    for (String line : cell.err().lines().toList()) {
      assertTrue(line.length() < 600, () -> line.length() + ": " + line.substring(0, 200));
    }
    assertFalse(cell.err().lines().anyMatch(l -> l.startsWith("all input")), "no forged line");
    assertTrue(cell.err().contains("characters"), cell.err());
    assertTrue(cell.err().startsWith("csc-briefs: workforce.csv, line 2"), cell.err());
  }

  @Test
  void lostStandardOutputIsAFailure() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();
    int code = CscBriefsCommand.execute(new PrintWriter(full, true), new PrintWriter(err, true), "list");
    assertEquals(1, code, err.toString());
    assertEquals("csc-briefs: could not write to standard output (is the disk full, or was the reader closed?); "
        + "the output is incomplete\n", err.toString());
  }

  @Test
  void standardOutputSaysWhyItFailedAndAClosedReaderNeedsNoMessage() {
    for (String reason : List.of("No space left on device", "Broken pipe")) {
      StandardOutput out = StandardOutput.over(new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException(reason);
        }
      });
      StringWriter err = new StringWriter();
      assertEquals(1, CscBriefsCommand.execute(out, new PrintWriter(err, true), "list"), reason);
      assertEquals(reason.equals("Broken pipe") ? ""
          : "csc-briefs: could not write to standard output (No space left on device); the output is incomplete\n",
          err.toString());
    }
  }

  @Test
  void debugStackTracesShowControlCharactersToo() {
    CommandRun r = run("brief", "--la", "Seftn\nforged line\u001b[31m", "--debug");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("\u001b") || r.err().lines().anyMatch(l -> l.startsWith("forged")), r.err());
  }

  @Test
  void unfinishedFilesOfAKilledRunAreCleanedUpByTheNext() throws Exception {
    Path out = Files.createDirectories(dir.resolve("briefs"));
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path dead = Files.writeString(out.resolve(".sefton-2025.pdf." + gone.pid() + "." + UUID.randomUUID() + ".part"), "%PDF-");
    Path old = Files.writeString(out.resolve(".wigan.pdf." + UUID.randomUUID() + ".part"), "%PDF-");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
    Path live = Files.writeString(out.resolve(".bury-2025.pdf." + ProcessHandle.current().pid() + "."
        + UUID.randomUUID() + ".part"), "%PDF-");
    Path mine = Files.writeString(out.resolve("notes.part"), "not ours");
    CommandRun r = run("brief", "--la", "Sefton", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.exists(out.resolve("sefton-2025.pdf")));
    assertFalse(Files.exists(dead) || Files.exists(old));
    assertTrue(Files.exists(live) && Files.exists(mine), "a running writer's and the user's own files stay");
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.count(), "Sefton's PDF and HTML, the running writer's and the user's file");
    }
  }
}
