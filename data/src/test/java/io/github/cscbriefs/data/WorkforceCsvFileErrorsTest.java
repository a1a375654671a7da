package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.internal.ProblemLog;
import io.github.cscbriefs.data.internal.TextFiles;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.model.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workforce file as bytes on disk: encodings, spreadsheets, delimiters and size. */
class WorkforceCsvFileErrorsTest {

  private static final CouncilDirectory COUNCILS = Bundled.councils();
  private static final ReadLimits LIMITS = new ReadLimits(ReadLimits.DEFAULT_MAX_BYTES, 2025);
  private static final String HEADER = "time_period,geographic_level,old_la_code,la_name,caseload_fte,agency_rate_fte";
  private static final String SEFTON = "2024,Local authority,343,Sefton,20.4,10.9";
  private static final String NEL = "2024,Local authority,812,North East Lincolnshire,24.9,24.5";

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static byte[] text(Charset charset, String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
  }

  private static byte[] concat(byte[] head, byte[] tail) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  private static WorkforceRelease read(Path file, ReadLimits limits) {
    return WorkforceCsvReader.read(file, COUNCILS, ReadMode.STRICT, limits);
  }

  private static Problem onlyProblem(Path file, ReadLimits limits) {
    DataFileException e = assertThrows(DataFileException.class, () -> read(file, limits));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file.getFileName() + ": 1 problem\n  " + file.getFileName() + ", "),
        e.getMessage());
    return e.problems().get(0);
  }

  private static double caseload(WorkforceRelease release, String laCode) {
    return release.records().stream().filter(r -> r.area().code().equals(laCode)).findFirst().orElseThrow()
        .value(Workforce.CASELOAD_FTE).asDouble().orElseThrow();
  }

  @Test
  void emptyAndHeaderOnlyFilesOnDiskAreRefused() throws IOException {
    assertTrue(onlyProblem(file("empty.csv", new byte[0]), LIMITS).expected().contains("the file is empty"));
    assertTrue(onlyProblem(file("blank.csv", text(StandardCharsets.UTF_8, "", "")), LIMITS).expected()
        .contains("the file is empty"));
    assertTrue(onlyProblem(file("header.csv", text(StandardCharsets.UTF_8, HEADER, ",,,,,")), LIMITS).expected()
        .contains("the file has a header only"));
  }

  @Test
  void aHeaderSeparatedBySemicolonsOrTabsIsNamedAsTheWrongDelimiter() throws IOException {
    Problem semicolons = onlyProblem(file("semi.csv",
        text(StandardCharsets.UTF_8, HEADER.replace(',', ';'), SEFTON.replace(',', ';'))), LIMITS);
    assertEquals(1, semicolons.where().line());
    assertTrue(semicolons.value().startsWith("time_period;geographic_level;"), semicolons.toString());
    assertTrue(semicolons.expected().startsWith("comma-separated values; the header line has no commas and is "
        + "separated by semicolons (;)"), semicolons.toString());
    Problem tabs = onlyProblem(file("tabs.csv",
        text(StandardCharsets.UTF_8, HEADER.replace(',', '\t'), SEFTON.replace(',', '\t'))), LIMITS);
    assertTrue(tabs.value().startsWith("time_period\\tgeographic_level"), tabs.toString());
    assertTrue(tabs.expected().contains("separated by tabs"), tabs.toString());
  }

  @Test
  void byteOrderMarksAndCrlfAreRead() throws IOException {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text(StandardCharsets.UTF_8, HEADER, SEFTON));
    assertEquals(20.4, caseload(read(file("bom.csv", utf8), LIMITS), "343"));
    // Excel's "Unicode text" is UTF-16 with a byte-order mark; Java's UTF-16 encoder writes one (big-endian).
    assertEquals(20.4, caseload(read(file("utf16be.csv", text(StandardCharsets.UTF_16, HEADER, SEFTON)), LIMITS), "343"));
    byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text(StandardCharsets.UTF_16LE, HEADER, SEFTON));
    assertEquals(20.4, caseload(read(file("utf16le.csv", utf16le), LIMITS), "343"));
    byte[] lfOnly = (HEADER + "\n" + SEFTON + "\n" + NEL).getBytes(StandardCharsets.UTF_8);
    assertEquals(2, read(file("lf.csv", lfOnly), LIMITS).records().size());
  }

  @Test
  void utf16WithoutItsByteOrderMarkIsRefusedAsNotText() throws IOException {
    Problem p = onlyProblem(file("utf16.csv", text(StandardCharsets.UTF_16LE, HEADER, SEFTON)), LIMITS);
    assertEquals("a NUL character", p.value());
    assertTrue(p.expected().contains("UTF-16 without its mark"), p.toString());
  }

  @Test
  void aFileThatIsNotUtf8IsReadAsWindows1252SoItsValuesAreQuotedRightly() throws IOException {
    Charset windows1252 = Charset.forName("windows-1252");
    Problem latin = onlyProblem(file("latin1.csv", text(windows1252, HEADER + ",note", SEFTON + ",café",
        "2024,Local authority,812,North East Lincolnshire,£24,24.5,")), LIMITS);
    assertEquals("£24", latin.value(), latin.toString());
    assertEquals(3, latin.where().line());
    assertEquals("caseload_fte", latin.where().column().orElseThrow());
    byte[] utf8 = text(StandardCharsets.UTF_8, HEADER + ",note", SEFTON + ",café", NEL + ",£");
    assertEquals(2, read(file("utf8.csv", utf8), LIMITS).records().size());
  }

  @Test
  void aSpreadsheetSavedUnderACsvNameIsRefusedWithAdviceToExportIt() throws IOException {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
    }
    Problem zip = onlyProblem(file("book.csv", xlsx.toByteArray()), LIMITS);
    assertEquals("book.csv, whole file: value 'a spreadsheet (a zip archive, as .xlsx and .ods files are)', "
        + "expected CSV text: open it in Excel or LibreOffice and save or export it as CSV (comma delimited), "
        + "preferably CSV UTF-8", zip.toString());
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertEquals("an Excel 97-2003 workbook (.xls)", onlyProblem(file("old.csv", ole2), LIMITS).value());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (int year = 2017; year <= 2025; year++) {
      csv.append(year).append(",National,,,16.3,15.4,").append("x".repeat(900)).append("\r\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    Path big = file("big.csv", bytes);
    Problem p = onlyProblem(big, LIMITS.withMaxBytes(4096));
    assertEquals(bytes.length + " bytes", p.value());
    assertTrue(p.expected().startsWith("a file of at most 4096 bytes (the size limit"), p.toString());
    assertEquals(9, read(big, LIMITS.withMaxBytes(bytes.length)).records().size(), "a file at the limit is read");
  }

  @Test
  void aStreamWithoutAKnownSizeIsCutOffAtTheLimit() throws IOException {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    try (InputStream in = TextFiles.bounded(endless, "pipe", 10_000)) {
      DataFileException e = assertThrows(DataFileException.class, in::readAllBytes);
      assertEquals("pipe, whole file: value 'more than 10000 bytes', expected a file of at most 10000 bytes "
          + "(the size limit; files are refused rather than read in part)", e.problems().get(0).toString());
    }
  }

  @Test
  void aLargeFileOfBadRowsListsABoundedNumberOfProblems() {
    int rows = 5_000;
    DataFileException strict = assertThrows(DataFileException.class,
        () -> WorkforceCsvReader.read("bad.csv", badRows(rows), COUNCILS, ReadMode.STRICT, LIMITS));
    assertEquals(ProblemLog.MAX_LISTED + 1, strict.problems().size());
    assertTrue(strict.problems().get(ProblemLog.MAX_LISTED).expected().contains("reading stopped here"));

    WorkforceRelease lenient = WorkforceCsvReader.read("bad.csv", badRows(rows), COUNCILS, ReadMode.LENIENT, LIMITS);
    assertEquals(ProblemLog.MAX_LISTED + 1, lenient.notes().size());
    assertEquals("bad.csv, whole file: " + (rows - ProblemLog.MAX_LISTED) + " more problems not listed (at most "
        + ProblemLog.MAX_LISTED + " are); their rows were skipped", lenient.notes().get(ProblemLog.MAX_LISTED).toString());
    assertEquals(Value.of(16.3), lenient.records().get(0).value(Workforce.CASELOAD_FTE));
  }

  /** A national row, then {@code count} rows with a bad caseload cell, generated as they are read. */
  private static Reader badRows(int count) {
    return new Reader() {
      private int line;
      private String pending = HEADER + "\n2020,National,,,16.3,15.4\n";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (at == pending.length()) {
          if (line == count) {
            return -1;
          }
          line++;
          pending = "2020,Local authority,343,Sefton,lots,10.9\n";
          at = 0;
        }
        int n = Math.min(length, pending.length() - at);
        pending.getChars(at, at + n, buffer, offset);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }
}
