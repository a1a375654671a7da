package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.metrics.CouncilProfile;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The one CSV writer: text that a spreadsheet would run as a formula is neutralised with a leading
 * quote (OWASP's advice), numbers stay numbers however they start, and quotes round-trip.
 */
class CsvExportTest {

  private static List<CSVRecord> written(List<?>... rows) throws IOException {
    StringBuilder out = new StringBuilder();
    try (CsvExport csv = CsvExport.to(out, List.of("a", "b", "c", "d"))) {
      for (List<?> row : rows) {
        csv.row(row);
      }
    }
    assertTrue(out.toString().endsWith("\n") && !out.toString().contains("\r\n"), "LF line ends");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString())).getRecords();
  }

  private static List<String> cells(CSVRecord record) {
    return Arrays.asList(record.values());
  }

  @Test
  void textThatStartsLikeAFormulaIsNeutralised() throws IOException {
    List<CSVRecord> rows = written(
        List.of("=1+2", "+44 20", "-2+3", "@SUM(A1:A9)"),
        List.of("\tcmd", "\rcmd", "=HYPERLINK(\"http://x\",\"y\")", "plain, with a comma"));
    assertEquals(List.of("'=1+2", "'+44 20", "'-2+3", "'@SUM(A1:A9)"), cells(rows.get(0)));
    assertEquals(List.of("'\tcmd", "'\rcmd", "'=HYPERLINK(\"http://x\",\"y\")", "plain, with a comma"),
        cells(rows.get(1)));
  }

  @Test
  void aNegativeNumberStaysANumberButNegativeLookingTextDoesNot() throws IOException {
    List<CSVRecord> rows = written(
        List.of(-1.5, -3, Value.of(-0.25), 1234567.0),
        List.of("-1.5", Value.missing(MissingReason.NOT_PUBLISHED), Value.missing(MissingReason.SUPPRESSED),
            Value.missing(MissingReason.BLANK)));
    assertEquals(List.of("-1.5", "-3", "-0.25", "1234567.0"), cells(rows.get(0)));
    // A missing value is written as DfE's symbol, from a fixed set that cannot be a formula.
    assertEquals(List.of("'-1.5", "-", "c", "\u2013"), cells(rows.get(1)));
  }

  @Test
  void quotesNamesAndEmptyCellsRoundTrip() throws IOException {
    java.util.ArrayList<Object> row = new java.util.ArrayList<>(List.of("Sefton \"Metropolitan\"", "a\nb", ""));
    row.add(null);
    assertEquals(List.of("Sefton \"Metropolitan\"", "a\nb", "", ""), cells(written(row).get(0)));
  }

  @Test
  void aRowOfTheWrongWidthOrANonFiniteNumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> written(List.of("a", "b")));
    assertThrows(IllegalArgumentException.class, () -> written(List.of(Double.NaN, 1, 2, 3)));
  }

  @Test
  void theBriefsAttachedFiguresNeutraliseACouncilNamedLikeAFormula() {
    CouncilProfile empty = EdgeCaseProfiles.emptyProfile();
    Council formula = new Council("999", List.of(), "=HYPERLINK(\"http://example.com\",\"Click\")",
        Region.SOUTH_WEST, CouncilType.values()[0], true);
    CouncilProfile profile = new CouncilProfile(formula, empty.year(), empty.asAt(), empty.comparisons(),
        empty.capacity(), List.of(), List.of(), List.of(), true, List.of(), List.of(), empty.vintage(), empty.headlines());
    byte[] pdf = BriefRenderer.withClock(RenderedSamples.CLOCK).render(profile, EdgeCaseProfiles.noOptions());
    List<CSVRecord> figures = RandomBriefProperties.figures(pdf);
    assertTrue(!figures.isEmpty());
    for (CSVRecord r : figures) {
      assertEquals("'=HYPERLINK(\"http://example.com\",\"Click\")", r.get("council"), r.toString());
    }
  }
}
