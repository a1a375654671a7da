package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.internal.TextLimits;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits every reader holds to: files that are not regular files, text longer than a field can
 * be, more columns or rows than a file can have, numbers too small or too large to be real.
 */
class InputLimitsTest {

  private static final CouncilDirectory COUNCILS = Bundled.councilsWithGss();
  private static final String GRADES = "Overall effectiveness,"
      + "The impact of leaders on social work practice with children and families,"
      + "The experiences and progress of children who need help and protection,"
      + "The experiences and progress of children in care,The experiences and progress of care leavers";
  private static final String IN_YEAR_HEADER = "Web link,Local authority area code,Local authority name,Region,"
      + "Inspection/Visit date,Publication date,Inspection/Visit type," + GRADES + ",Visit Theme";
  private static final String WORKFORCE_HEADER = "time_period,geographic_level,old_la_code,la_name,caseload_fte,"
      + "agency_rate_fte";

  @TempDir Path dir;

  private static String lines(DataFileException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  // ---- non-regular files

  @Test
  void aNamedPipeIsRefusedNotWaitedOn() throws Exception {
    Path pipe = dir.resolve("outcomes.ods");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made no pipe");
    List<Consumer<Path>> readers = List.of(
        p -> OfstedReader.readOds(p, COUNCILS, ReadMode.STRICT),
        p -> OfstedReader.readCsv(List.of(p), COUNCILS, ReadMode.STRICT),
        p -> WorkforceCsvReader.read(p, COUNCILS, ReadMode.STRICT, Bundled.LIMITS),
        p -> NeighbourReader.read(p, 2025, COUNCILS, ReadMode.STRICT),
        p -> LaCodeListReader.read(p, ReadMode.STRICT));
    try {
      for (Consumer<Path> reader : readers) {
        DataFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> assertThrows(DataFileException.class, () -> reader.accept(pipe)));
        assertEquals(pipe + ", whole file: value 'a named pipe or other special file', expected a regular file "
            + "(a named pipe, device or socket is refused, not waited on)", e.problems().get(0).toString());
      }
    } finally {
      // release a reader left waiting for a writer, had one been (WRITE alone: never create a file
      // in the temporary folder while it is being deleted, or its deletion fails)
      Thread writer = new Thread(() -> {
        try (OutputStream out = Files.newOutputStream(pipe, java.nio.file.StandardOpenOption.WRITE)) {
          out.flush();
        } catch (IOException ignored) {
          // nobody was waiting
        }
      });
      writer.setDaemon(true);
      writer.start();
    }
  }

  @Test
  void aLocalEvidenceFileThatIsANamedPipeIsRefusedNotWaitedOn() throws Exception {
    Path pipe = dir.resolve("local.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made no pipe");
    try {
      DataFileException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
          DataFileException.class, () -> new LocalEvidenceReader(COUNCILS, IndicatorCatalogue.defaults()).read(pipe)));
      assertEquals(pipe + ", whole file: value 'a named pipe or other special file', expected a regular file "
          + "(a named pipe, device or socket is refused, not waited on)", e.problems().get(0).toString());
    } finally {
      Thread writer = new Thread(() -> {
        try (OutputStream out = Files.newOutputStream(pipe, java.nio.file.StandardOpenOption.WRITE)) {
          out.write("council: 812\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException ignored) {
          // nobody was waiting
        }
      });
      writer.setDaemon(true);
      writer.start();
    }
  }

  // ---- text and counts

  @Test
  void anOfstedVisitThemeLongerThanTheLimitIsRefusedWithItsLengthAndTheLimit() {
    String theme = "Front door ".repeat(TextLimits.MAX_CELL_CHARS / 10);
    DataFileException e = assertThrows(DataFileException.class, () -> OfstedReader.readCsv("in_year.csv",
        Bundled.csv(IN_YEAR_HEADER,
            ",E06000012,North East Lincolnshire,X,10/06/2024,12/07/2024,ILACS Focused Visit,,,,,," + theme),
        COUNCILS, ReadMode.LENIENT));
    assertEquals("in_year.csv, line 2, column Visit Theme: value '" + theme.length() + " characters', expected text of "
        + "at most " + TextLimits.MAX_CELL_CHARS + " characters in a cell", lines(e));
  }

  @Test
  void aLongWorkforceCellIsRefusedAndEveryLongCellIsListed() {
    String name = "N".repeat(TextLimits.MAX_CELL_CHARS + 1);
    DataFileException e = assertThrows(DataFileException.class, () -> WorkforceCsvReader.read("csww.csv",
        Bundled.csv(WORKFORCE_HEADER, "2024,Local authority,812," + name + ",20,10",
            "2024,Local authority,343,Sefton,20," + "9".repeat(TextLimits.MAX_CELL_CHARS + 5)),
        COUNCILS, ReadMode.STRICT, Bundled.LIMITS));
    assertEquals(2, e.problems().size(), lines(e));
    assertEquals("csww.csv, line 2, column la_name: value '" + name.length() + " characters', expected text of at "
        + "most " + TextLimits.MAX_CELL_CHARS + " characters in a cell", e.problems().get(0).toString());
    assertEquals("csww.csv, line 3, column agency_rate_fte: value '" + (TextLimits.MAX_CELL_CHARS + 5)
        + " characters', expected text of at most " + TextLimits.MAX_CELL_CHARS + " characters in a cell",
        e.problems().get(1).toString());
  }

  @Test
  void aLineOfMoreColumnsThanTheLimitIsRefused() {
    String wide = "1" + ",1".repeat(TextLimits.MAX_COLUMNS);
    DataFileException e = assertThrows(DataFileException.class, () -> NeighbourReader.read("sn.csv",
        Bundled.csv("old_la_code,la_name,SN_1,SN_1P", wide), 2025, COUNCILS, ReadMode.LENIENT));
    assertEquals("sn.csv, line 2: value '" + (TextLimits.MAX_COLUMNS + 1) + " cells', expected a line of at most "
        + TextLimits.MAX_COLUMNS + " cells", lines(e));
  }

  @Test
  void moreRowsThanTheLimitAreRefused() {
    StringBuilder csv = new StringBuilder("LA Number,LA Name,Region,Type\n");
    csv.append("812,North East Lincolnshire,Yorkshire and the Humber,UA\n".repeat(TextLimits.MAX_ROWS + 1));
    DataFileException e = assertThrows(DataFileException.class, () -> LaCodeListReader.read("codes.csv",
        new java.io.StringReader(csv.toString()), ReadMode.LENIENT));
    assertEquals("codes.csv, line " + (TextLimits.MAX_ROWS + 2) + ": value 'more than " + TextLimits.MAX_ROWS
        + " rows', expected a file of at most " + TextLimits.MAX_ROWS + " data rows", lines(e));
  }

  @Test
  void aLocalFileStringLongerThanTheLimitIsRefusedWithLineKeyAndLength() throws IOException {
    String title = "x".repeat(1_000_000);
    for (String name : List.of("nel.yaml", "nel.json")) {
      Path file = Files.writeString(dir.resolve(name), name.endsWith(".yaml")
          ? "council: \"812\"\nplan:\n  - id: \"1\"\n    title: " + title + "\n    owner: " + title + "\n"
          : "{\"council\": \"812\",\n \"plan\": [\n {\"id\": \"1\",\n \"title\": \"" + title + "\",\n \"owner\": \""
              + title + "\"}]}");
      DataFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(DataFileException.class,
          () -> new LocalEvidenceReader(COUNCILS, IndicatorCatalogue.defaults()).read(file)));
      assertEquals(name + ", line 4, column plan[0].title: value '1000000 characters', expected text of at most "
          + LocalEvidenceReader.MAX_TEXT_CHARS + " characters\n"
          + name + ", line 5, column plan[0].owner: value '1000000 characters', expected text of at most "
          + LocalEvidenceReader.MAX_TEXT_CHARS + " characters", lines(e));
    }
  }
}
