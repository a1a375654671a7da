package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.InspectionType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfstedReaderErrorsTest {

  private static final CouncilDirectory COUNCILS = Bundled.councilsWithGss();
  private static final String GRADES = "Overall effectiveness,"
      + "The impact of leaders on social work practice with children and families,"
      + "The experiences and progress of children who need help and protection,"
      + "The experiences and progress of children in care,The experiences and progress of care leavers";
  private static final String IN_YEAR_HEADER = "Web link,Local authority area code,Local authority name,Region,"
      + "Inspection/Visit date,Publication date,Inspection/Visit type," + GRADES + ",Visit Theme";

  private static DataFileException csvFailure(Reader csv) {
    return assertThrows(DataFileException.class,
        () -> OfstedReader.readCsv("in_year.csv", csv, COUNCILS, ReadMode.STRICT));
  }

  private static void assertMentions(DataFileException e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "missing <" + part + "> in\n" + e.getMessage());
    }
  }

  @Test
  void reportsBadGradesDatesTypesAndCouncilsOnEveryRow() {
    DataFileException e = csvFailure(Bundled.csv(IN_YEAR_HEADER,
        ",E06000012,North East Lincolnshire,X,04/10/2021,26/11/2021,ILACS Standard Inspection,"
            + "Inadequate,Inadequat,Inadequate,Inadequate,,",
        ",E06000012,North East Lincolnshire,X,2021-10-04,31/02/2021,ILACS Focused Visit,,,,,,Front door",
        ",E99999999,Nowhere,X,04/10/2021,26/11/2021,Spot check,,,,,,"));
    assertTrue(e.getMessage().startsWith("in_year.csv: 5 problems"), e.getMessage());
    assertMentions(e,
        "in_year.csv, line 2, column The impact of leaders on social work practice with children and families: "
            + "value 'Inadequat', expected Outstanding, Good, Requires improvement to be good, Inadequate or blank",
        "in_year.csv, line 3, column Inspection/Visit date: value '2021-10-04', expected a date as dd/mm/yyyy",
        "in_year.csv, line 3, column Publication date: value '31/02/2021', expected a date as dd/mm/yyyy",
        "in_year.csv, line 4, column Local authority area code: value 'E99999999', expected the GSS code or name",
        "in_year.csv, line 4, column Inspection/Visit type: value 'Spot check', expected ILACS Standard Inspection");
  }

  @Test
  void rejectsGradesOnAVisitAndAGradedInspectionWithoutOverallGrade() {
    DataFileException e = csvFailure(Bundled.csv(IN_YEAR_HEADER,
        ",E06000012,North East Lincolnshire,X,17/09/2024,17/10/2024,LA Monitoring visit,Good,,,,,",
        ",E06000012,North East Lincolnshire,X,04/10/2021,26/11/2021,ILACS Short Inspection,,Good,Good,Good,,"));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertMentions(e, "line 2, column Overall effectiveness: value 'Good', expected blank judgements for a Monitoring visit",
        "line 3, column Overall effectiveness:", "an overall effectiveness grade for each graded inspection");
  }

  @Test
  void listsEveryMissingColumn() {
    DataFileException e = csvFailure(Bundled.csv("Web link,Local authority name,Inspection date", ",Barnet,10/06/2024"));
    assertEquals(5, e.problems().size(), e.getMessage());
    assertMentions(e, "in_year.csv, line 1, column Publication date: value '', expected a column named Publication date",
        "column Overall effectiveness", "column The experiences and progress of children in care");
  }

  @Test
  void notesAnAssumedTypeWhenTheLatestSheetStandsAlone() {
    InspectionOutcomes read = OfstedReader.readCsv("latest.csv", Bundled.csv(
        "Web link,Local authority area code,Local authority name,Ofsted region,Inspection date,Publication date,"
            + GRADES,
        "https://reports.ofsted.gov.uk/provider/44/812,,Somewhere renamed,X,04/10/2021,26/11/2021,"
            + "Inadequate,Inadequate,Inadequate,Inadequate,"), COUNCILS, ReadMode.STRICT);
    assertEquals("812", read.inspections().get(0).laCode());
    assertEquals(InspectionType.ILACS_STANDARD, read.inspections().get(0).type());
    assertEquals(1, read.notes().size());
    assertTrue(read.notes().get(0).message().contains("taken as an ILACS standard inspection"));
  }

  @Test
  void refusesAnEmptyCsvAndOneSeparatedBySemicolons(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("in_year.csv"), new byte[0]);
    Path semicolons = Files.writeString(dir.resolve("latest.csv"), IN_YEAR_HEADER.replace(',', ';') + "\r\n"
        + ";E06000012;North East Lincolnshire;X;04/10/2021;26/11/2021;ILACS Standard Inspection;Good;Good;Good;Good;;\r\n");
    DataFileException e = assertThrows(DataFileException.class,
        () -> OfstedReader.readCsv(List.of(empty), COUNCILS, ReadMode.STRICT));
    assertEquals("in_year.csv, whole file: value '', expected a header line followed by data rows; the file is empty",
        e.problems().get(0).toString());
    e = assertThrows(DataFileException.class, () -> OfstedReader.readCsv(List.of(semicolons), COUNCILS, ReadMode.STRICT));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertMentions(e, "latest.csv, line 1: value 'Web link;Local authority area code;",
        "expected comma-separated values; the header line has no commas and is separated by semicolons (;)");
  }

  @Test
  void refusesTheSpreadsheetSavedUnderACsvName(@TempDir Path dir) throws IOException {
    Path ods = Files.write(dir.resolve("outcomes.csv"), ods(SHEETS, IN_YEAR_HEADER.split(",")));
    DataFileException e = assertThrows(DataFileException.class,
        () -> OfstedReader.readCsv(List.of(ods), COUNCILS, ReadMode.STRICT));
    assertMentions(e, "outcomes.csv, whole file: value 'a spreadsheet (a zip archive, as .xlsx and .ods files are)', "
        + "expected CSV text: open it in Excel or LibreOffice and save or export it as CSV");
  }

  // --- the .ods: sheets, safety ---

  /** A spreadsheet with the three data sheets, each with two title rows, a header and {@code rows}. */
  private static byte[] ods(List<String> sheetNames, String[] header, String[]... rows) throws IOException {
    SpreadSheet spreadsheet = new SpreadSheet();
    for (String name : sheetNames) {
      Sheet sheet = new Sheet(name, rows.length + 3, header.length);
      sheet.getRange(0, 0).setValue("Title as at 31 March 2025");
      sheet.getRange(1, 0).setValue("This worksheet contains one table.");
      for (int c = 0; c < header.length; c++) {
        sheet.getRange(2, c).setValue(header[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          sheet.getRange(3 + r, c).setValue(rows[r][c].isEmpty() ? null : rows[r][c]);
        }
      }
      spreadsheet.appendSheet(sheet);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    spreadsheet.save(out);
    return out.toByteArray();
  }

  private static final List<String> SHEETS = List.of("ILACS_inspection_history", "In-year_inspections",
      "Inspections_as_at_31_March");

  private static DataFileException odsFailure(byte[] bytes) {
    return assertThrows(DataFileException.class, () -> OfstedReader.readOds("outcomes.ods",
        new ByteArrayInputStream(bytes), COUNCILS, ReadMode.STRICT));
  }

  @Test
  void readsASmallSpreadsheetAndNamesSheetRowAndColumnOfABadGrade() throws IOException {
    String[] header = IN_YEAR_HEADER.split(",");
    String[] good = {"", "E06000012", "North East Lincolnshire", "X", "04/10/2021", "26/11/2021",
        "ILACS Standard Inspection", "Inadequate", "Inadequate", "Inadequate", "Inadequate", "", ""};
    InspectionOutcomes read = OfstedReader.readOds("outcomes.ods",
        new ByteArrayInputStream(ods(SHEETS, header, good)), COUNCILS, ReadMode.STRICT);
    assertEquals(1, read.inspections().size());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2025, 3, 31)), read.asAt());
    String[] bad = good.clone();
    bad[7] = "Brilliant";
    DataFileException e = odsFailure(ods(SHEETS, header, bad));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertMentions(e, "outcomes.ods (sheet In-year_inspections), line 4, column Overall effectiveness: "
        + "value 'Brilliant', expected Outstanding, Good");
  }

  @Test
  void reportsEveryMissingSheet() throws IOException {
    DataFileException e = odsFailure(ods(List.of("Cover", "In-year_inspections"), IN_YEAR_HEADER.split(",")));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertMentions(e, "value 'ILACS_inspection_history', expected a sheet named ILACS_inspection_history",
        "value 'Inspections_as_at_31_March', expected a sheet named Inspections_as_at_31_March");
  }

  @Test
  void refusesAFileThatIsNotAZip() {
    DataFileException e = odsFailure("Web link,Local authority name\n".getBytes(StandardCharsets.UTF_8));
    assertMentions(e, "outcomes.ods: 1 problem", "expected an OpenDocument spreadsheet (a zip archive)");
  }

  @Test
  void refusesAZipThatDecompressesBeyondTheLimit() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 51; i++) {
        zip.write(zeros);
      }
    }
    assertTrue(bytes.size() < 1024 * 1024, "the fixture is small when compressed");
    DataFileException e = odsFailure(bytes.toByteArray());
    assertMentions(e, "outcomes.ods, column content.xml: value '', expected at most 50 MB decompressed in total");
  }

  @Test
  void refusesDoctypeAndEntityDeclarations() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<?xml version=\"1.0\"?>\n<!DOCTYPE office [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
          + "<office:document-content>&xxe;</office:document-content>").getBytes(StandardCharsets.UTF_8));
    }
    DataFileException e = odsFailure(bytes.toByteArray());
    assertEquals(2, e.problems().size(), e.getMessage());
    assertMentions(e, "outcomes.ods, column content.xml: value '<!DOCTYPE', expected XML without document type",
        "value '<!ENTITY'");
  }
}
