package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import io.github.cscbriefs.data.internal.OdsArchive;
import io.github.cscbriefs.model.CouncilDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile .ods files that are small on disk: grids declared huge by repeat counts (which kept the
 * spreadsheet library busy for minutes), two entries of the same name, DTDs the text search missed.
 * Each is built here, a few kilobytes, from a small spreadsheet SODS writes itself.
 */
class HostileOdsTest {

  private static final CouncilDirectory COUNCILS = Bundled.councilsWithGss();
  private static final List<String> SHEETS = List.of("ILACS_inspection_history", "In-year_inspections",
      "Inspections_as_at_31_March");
  private static final String CELL = "<table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>";
  /** Answering within this is "within seconds"; the library took minutes on these files. */
  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  /** A valid little workbook: the three sheets, each with a title row and a header. */
  static byte[] workbook() throws IOException {
    SpreadSheet spreadsheet = new SpreadSheet();
    for (String name : SHEETS) {
      Sheet sheet = new Sheet(name, 2, 3);
      sheet.getRange(0, 0).setValue("Title as at 31 March 2025");
      sheet.getRange(1, 0).setValue("Local authority name");
      spreadsheet.appendSheet(sheet);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheet.save(out);
    return out.toByteArray();
  }

  /** The zip's entries, in order. */
  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** A zip of the entries, in order; names may repeat (given as name, bytes, name, bytes …). */
  static byte[] zip(List<Map.Entry<String, byte[]>> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> seen = new java.util.ArrayList<>();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries) {
        // ZipOutputStream refuses a repeated name: write it with its last character replaced by a
        // control character, then put the name back in the bytes (names are not in the CRC).
        String name = seen.contains(e.getKey()) ? e.getKey().substring(0, e.getKey().length() - 1) + "\u0001"
            : e.getKey();
        seen.add(e.getKey());
        zip.putNextEntry(new ZipEntry(name));
        zip.write(e.getValue());
      }
    }
    byte[] out = bytes.toByteArray();
    for (String name : seen) {
      byte[] marked = (name.substring(0, name.length() - 1) + "\u0001").getBytes(StandardCharsets.UTF_8);
      byte[] real = name.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i + marked.length <= out.length; i++) {
        if (java.util.Arrays.equals(out, i, i + marked.length, marked, 0, marked.length)) {
          System.arraycopy(real, 0, out, i, real.length);
        }
      }
    }
    return out;
  }

  /** The small workbook with {@code rows} inserted after the header of In-year_inspections. */
  static byte[] withRows(String rows) throws IOException {
    Map<String, byte[]> entries = entries(workbook());
    String content = new String(entries.get("content.xml"), StandardCharsets.UTF_8);
    int table = content.indexOf("table:name=\"In-year_inspections\"");
    int title = content.indexOf("</table:table-row>", table);
    int at = content.indexOf("</table:table-row>", title + 1) + "</table:table-row>".length(); // after the header
    assertTrue(table > 0 && at > title, "the sheet and its header row are found");
    entries.put("content.xml", (content.substring(0, at) + rows + content.substring(at)).getBytes(StandardCharsets.UTF_8));
    return zip(List.copyOf(entries.entrySet()));
  }

  private static DataFileException refused(byte[] ods) {
    return assertTimeoutPreemptively(PROMPTLY, () -> assertThrows(DataFileException.class,
        () -> OfstedReader.readOds("outcomes.ods", new ByteArrayInputStream(ods), COUNCILS, ReadMode.LENIENT)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "9,999 x 9,999 repeated cells|9999|9999|10001 rows x 9999 columns",
      "1,000,000 empty rows before a row with text|1000000|0|1000003 rows x 1 columns",
      "90,000 x 150, within the row and column limits|90000|150|90002 rows x 150 columns"})
  void aHugeDeclaredGridIsRefusedWithinSeconds(String what, int rows, int columns, String found) throws IOException {
    String grid = columns == 0
        ? "<table:table-row table:number-rows-repeated=\"" + rows + "\"><table:table-cell/></table:table-row>"
            + "<table:table-row>" + CELL + "</table:table-row>"
        : "<table:table-row table:number-rows-repeated=\"" + rows + "\"><table:table-cell office:value-type=\"string\""
            + " table:number-columns-repeated=\"" + columns + "\"><text:p>x</text:p></table:table-cell></table:table-row>";
    byte[] ods = withRows(grid);
    assertTrue(ods.length < 10_000, "the hostile file is small: " + ods.length + " bytes");
    DataFileException e = refused(ods);
    assertEquals(1, e.problems().size(), e.getMessage());
    String problem = e.problems().get(0).toString();
    assertTrue(problem.startsWith("outcomes.ods (sheet In-year_inspections), whole file: value '" + found), problem);
    assertTrue(problem.contains("expected a sheet of at most " + OdsArchive.MAX_ROWS + " rows, "
        + OdsArchive.MAX_COLUMNS + " columns and " + OdsArchive.MAX_CELLS + " cells"), problem);
  }

  @Test
  void trailingEmptyRowsAndColumnsAsSpreadsheetsSaveThemAreAccepted() throws IOException {
    // LibreOffice and Excel declare the rest of the grid (1,048,576 rows, 16,384 columns) as empty repeats.
    byte[] ods = withRows("<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell"
        + " table:number-columns-repeated=\"16384\" table:style-name=\"Default\"/></table:table-row>");
    assertTimeoutPreemptively(PROMPTLY, () -> {
      try {
        OfstedReader.readOds("outcomes.ods", new ByteArrayInputStream(ods), COUNCILS, ReadMode.LENIENT);
      } catch (DataFileException e) {
        assertFalse(e.getMessage().contains(" cells"), e.getMessage());
      }
    });
  }

  @Test
  void twoEntriesOfTheSameNameAreRefused() throws IOException {
    Map<String, byte[]> entries = entries(workbook());
    byte[] unchecked = entries.get("content.xml");
    List<Map.Entry<String, byte[]>> list = new java.util.ArrayList<>();
    list.add(Map.entry("content.xml", unchecked));
    entries.forEach((name, bytes) -> list.add(Map.entry(name, bytes)));
    DataFileException e = refused(zip(list));
    assertEquals("outcomes.ods, column content.xml: value 'content.xml', expected each entry name once in the "
        + "archive (a second entry of the same name is refused: readers would disagree on which is read)",
        e.problems().get(0).toString());
  }

  @Test
  void aTableOutsideContentXmlIsRefused() throws IOException {
    Map<String, byte[]> entries = entries(workbook());
    List<Map.Entry<String, byte[]>> list = new java.util.ArrayList<>();
    list.add(Map.entry("aaa.xml", entries.get("content.xml")));
    entries.forEach((name, bytes) -> list.add(Map.entry(name, bytes)));
    DataFileException e = refused(zip(list));
    assertTrue(e.getMessage().contains("outcomes.ods, column aaa.xml: value 'table:table', expected sheets in "
        + "content.xml only"), e.getMessage());
  }

  @Test
  void aDoctypeInUtf16ContentIsFoundByTheXmlParser() throws IOException {
    Map<String, byte[]> entries = entries(workbook());
    String content = new String(entries.get("content.xml"), StandardCharsets.UTF_8)
        .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
        .replaceFirst("\\?>", "?><!DOCTYPE office:document-content [<!ENTITY x \"Outstanding\">]>");
    entries.put("content.xml", content.getBytes(StandardCharsets.UTF_16));
    DataFileException e = refused(zip(List.copyOf(entries.entrySet())));
    assertTrue(e.getMessage().contains("outcomes.ods, column content.xml: value '<!DOCTYPE', expected XML without "
        + "document type or entity declarations"), e.getMessage());
  }
}
