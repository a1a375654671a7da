package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Workforce;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkforceCsvReaderErrorsTest {

  private static final CouncilDirectory COUNCILS = Bundled.councils();
  private static final String HEADER = "time_period,geographic_level,old_la_code,la_name,caseload_fte,agency_rate_fte";

  private static DataFileException failure(Reader csv) {
    return assertThrows(DataFileException.class,
        () -> WorkforceCsvReader.read("csww.csv", csv, COUNCILS, ReadMode.STRICT, Bundled.LIMITS));
  }

  private static void assertProblem(DataFileException e, long line, String column, String value, String expectedPart) {
    String message = e.getMessage();
    assertTrue(e.problems().stream().anyMatch(p -> p.where().line() == line && p.where().column().orElse("").equals(column)
        && p.value().equals(value) && p.expected().contains(expectedPart)), message);
    assertTrue(message.contains("csww.csv, line " + line + ", column " + column + ": value '" + value + "', expected"),
        message);
  }

  @Test
  void listsEveryMissingRequiredColumn() {
    DataFileException e = failure(Bundled.csv("year,level,caseload_fte", "2020,National,16.3"));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("csww.csv: 3 problems"), e.getMessage());
    assertProblem(e, 1, "time_period", "", "a column named time_period");
    assertProblem(e, 1, "geographic_level", "", "a column named geographic_level");
    assertProblem(e, 1, "old_la_code", "", "old_la_code or new_la_code or la_name");
  }

  @Test
  void reportsEveryBadCellOnEveryLine() {
    DataFileException e = failure(Bundled.csv(HEADER,
        "2020,Local authority,812,North East Lincolnshire,abc,24.5",
        "2020,Local authority,343,Sefton,20.4,-3",
        "2021,Local authority,343,Sefton,n/a,140",
        "20x1,County,343,Sefton,1,1"));
    assertTrue(e.getMessage().startsWith("csww.csv: 6 problems"), e.getMessage());
    assertProblem(e, 2, "caseload_fte", "abc", "a number, a blank, or an EES symbol");
    assertProblem(e, 3, "agency_rate_fte", "-3", "agency_rate_fte between 0 and 100");
    assertProblem(e, 4, "caseload_fte", "n/a", "EES symbol: x, z, c, low or u");
    assertProblem(e, 4, "agency_rate_fte", "140", "between 0 and 100");
    assertProblem(e, 5, "time_period", "20x1", "a four-digit reporting year");
    assertProblem(e, 5, "geographic_level", "County", "National, Regional or Local authority");
  }

  @Test
  void rejectsUnknownCouncilCodesAndRegions() {
    DataFileException e = failure(Bundled.csv(HEADER + ",region_code",
        "2020,Local authority,999,Nowhere,1,1,E12000001",
        "2020,Local authority,314 / 399,Kingston / Nowhere,1,1,E13000002",
        "2020,Regional,,,1,1,E12000099"));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertProblem(e, 2, "old_la_code", "999", "a council in the DfE LA code list");
    assertProblem(e, 3, "old_la_code", "314 / 399", "a council in the DfE LA code list");
    assertProblem(e, 4, "region_code", "E12000099", "an English region");
  }

  @Test
  void rejectsASecondRowForTheSameAreaAndYear() {
    DataFileException e = failure(Bundled.csv(HEADER,
        "2020,Local authority,812,North East Lincolnshire,24.9,24.5",
        "2020,National,,,16.3,15.4",
        "2020,Local authority,812,North East Lincolnshire,25.0,24.5"));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertProblem(e, 4, "time_period", "2020 for North East Lincolnshire (812)", "the same area and year is at line 2");
  }

  @Test
  void rejectsReportingYearsAfterTheCurrentOne() {
    DataFileException e = assertThrows(DataFileException.class, () -> WorkforceCsvReader.read("csww.csv",
        Bundled.csv(HEADER, "2025,National,,,16.3,15.4", "2026,National,,,16.0,15.0", "2031,Local authority,343,Sefton,1,1"),
        COUNCILS, ReadMode.STRICT, new ReadLimits(ReadLimits.DEFAULT_MAX_BYTES, 2025)));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertProblem(e, 3, "time_period", "2026", "a reporting year no later than 2025 (the current year)");
    assertProblem(e, 4, "time_period", "2031", "no later than 2025");
  }

  @Test
  void rejectsMistypedCouncilCodes() {
    DataFileException e = failure(Bundled.csv(HEADER,
        "2020,Local authority,0812,,1,1",
        "2020,Local authority,8l2,,1,1",
        "2020,Local authority,812.0,,1,1",
        "2020,Local authority,,Seftn,1,1"));
    assertEquals(4, e.problems().size(), e.getMessage());
    assertProblem(e, 2, "old_la_code", "0812", "a council in the DfE LA code list");
    assertProblem(e, 3, "old_la_code", "8l2", "a council in the DfE LA code list");
    assertProblem(e, 4, "old_la_code", "812.0", "a council in the DfE LA code list");
    assertProblem(e, 5, "la_name", "Seftn", "a council in the DfE LA code list");
  }

  @Test
  void acceptsUnknownExtraColumnsAnywhere() {
    WorkforceRelease release = WorkforceCsvReader.read("csww.csv", Bundled.csv(
        "comment,time_period,geographic_level,old_la_code,la_name,caseload_fte,shoe_size,agency_rate_fte",
        "anything,2020,Local authority,343,Sefton,20.4,not a number,10.9"), COUNCILS, ReadMode.STRICT,
        Bundled.LIMITS);
    assertEquals(1, release.records().size());
    assertEquals(io.github.cscbriefs.model.Value.of(10.9),
        release.records().get(0).value(io.github.cscbriefs.model.Workforce.AGENCY_RATE_FTE));
  }

  @Test
  void reportsUnknownSymbolsAndMalformedQuoting() {
    DataFileException symbols = failure(Bundled.csv(HEADER,
        "2020,Local authority,343,Sefton,[z],..", "2020,Local authority,812,North East Lincolnshire,NaN,1e999"));
    assertProblem(symbols, 2, "caseload_fte", "[z]", "an EES symbol: x, z, c, low or u");
    assertProblem(symbols, 2, "agency_rate_fte", "..", "an EES symbol");
    assertProblem(symbols, 3, "caseload_fte", "NaN", "a number");
    assertEquals(4, symbols.problems().size(), symbols.getMessage());
    DataFileException quoting = failure(Bundled.csv(HEADER, "2020,National,,,\"16.3\"x,1", "2021,National,,,1,1"));
    assertEquals(1, quoting.problems().size(), quoting.getMessage());
    assertTrue(quoting.problems().get(0).expected().startsWith("well-formed CSV ("), quoting.getMessage());
    assertEquals(2, quoting.problems().get(0).where().line(), quoting.getMessage());
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineWhereItOpensNotAtTheEndOfTheFile() {
    DataFileException e = failure(Bundled.csv(HEADER,
        "2020,Local authority,343,Sefton,20.4,10.9",
        "2020,Local authority,812,North East Lincolnshire,\"24.9,24.5",
        "2021,Local authority,343,Sefton,21.3,19.8",
        "2021,Local authority,812,North East Lincolnshire,20.0,36.9"));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals(3, e.problems().get(0).where().line(), e.getMessage());
    assertEquals("csww.csv, line 3: value 'a quote (\") that opens a cell on line 3 and is never closed', expected "
        + "well-formed CSV: a quoted cell ends with a closing quote; the file ends inside this one",
        e.problems().get(0).toString());
  }

  @Test
  void rejectsEmptyAndHeaderOnlyFiles() {
    assertProblemText(failure(Bundled.csv("")), "the file is empty");
    assertProblemText(failure(Bundled.csv(HEADER)), "the file has a header only");
  }

  private static void assertProblemText(DataFileException e, String text) {
    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().startsWith("csww.csv: 1 problem\n  csww.csv, whole file: value '', expected"), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }

  @Test
  void skipsBadRowsInLenientModeAndNotesEachProblem() {
    WorkforceRelease release = WorkforceCsvReader.read("csww.csv", Bundled.csv(HEADER,
        "2020,Local authority,812,North East Lincolnshire,abc,-1",
        "2020,Local authority,343,Sefton,20.4,10.9"), COUNCILS, ReadMode.LENIENT, Bundled.LIMITS);
    assertEquals(List.of("343"), release.records().stream().map(r -> r.area().code()).toList());
    assertEquals(2, release.notes().size(), release.notes().toString());
    assertEquals("csww.csv", release.notes().get(0).source());
    assertEquals("line 2, column caseload_fte", release.notes().get(0).location());
    assertTrue(release.notes().get(0).message().startsWith("row skipped: value 'abc', expected"));
  }
}
