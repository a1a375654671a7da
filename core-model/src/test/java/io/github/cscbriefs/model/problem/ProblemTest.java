package io.github.cscbriefs.model.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A problem renders to one line for each combination of where-parts, as the modules' messages read. */
class ProblemTest {

  @Test
  void aWholeFile() {
    Problem p = Problem.inFile("la.csv", "", "", "a header line followed by data rows; the file is empty");
    assertEquals("whole file", p.where().location());
    assertEquals("la.csv, whole file: value '', expected a header line followed by data rows; the file is empty",
        p.toString());
  }

  @Test
  void aLineOfAFile() {
    Problem p = Problem.at("bad.csv", 7, "", "a NUL character", "text");
    assertEquals("bad.csv, line 7", p.where().toString());
    assertEquals("bad.csv, line 7: value 'a NUL character', expected text", p.toString());
  }

  @Test
  void aColumnOfAFileAtNoLine() {
    Problem p = Problem.inFile("outcomes.ods", "content.xml", "", "well-formed XML");
    assertEquals("outcomes.ods, column content.xml: value '', expected well-formed XML", p.toString());
  }

  @Test
  void aLineAndColumnOfAFile() {
    Problem p = Problem.at("csww.csv", 4, "agency_rate_fte", "140",
        "agency_rate_fte between 0 and 100, but was 140.0");
    assertEquals("line 4, column agency_rate_fte", p.where().location());
    assertEquals("csww.csv, line 4, column agency_rate_fte: value '140', expected agency_rate_fte between 0 and 100, "
        + "but was 140.0", p.toString());
    assertEquals("value '140', expected agency_rate_fte between 0 and 100, but was 140.0", p.description());
  }

  @Test
  void theHeaderLine() {
    Problem p = Problem.inHeader("csww.csv", "time_period", "", "a column named time_period");
    assertEquals(1, p.where().line());
    assertEquals("csww.csv, line 1, column time_period: value '', expected a column named time_period", p.toString());
  }

  @Test
  void aFieldPathOfAValue() {
    Problem p = Problem.of("MetricsSettings.trendYears", 2, "at least 3");
    assertEquals(Optional.empty(), p.where().file());
    assertEquals("MetricsSettings.trendYears", p.where().location());
    assertEquals("MetricsSettings.trendYears", p.where().toString());
    assertEquals("MetricsSettings.trendYears was '2', expected at least 3", p.toString());
  }

  @Test
  void aFieldPathShowsNullAsValueOfDoes() {
    assertEquals("paragraph.style was 'null', expected a TextStyle",
        Problem.of("paragraph.style", null, "a TextStyle").toString());
  }

  @Test
  void aFieldPathWithinAFile() {
    Where where = Where.inFile("council directory").withField("councils");
    assertEquals("council directory, field councils: value '812', expected each LA code once",
        new Problem(where, "812", "each LA code once").toString());
    Where everything = Where.at("local.yaml", 3, "plan").withField("measure.target-year");
    assertEquals("local.yaml, line 3, column plan, field measure.target-year: value '2023', expected a later year",
        new Problem(everything, "2023", "a later year").toString());
  }

  @Test
  void aFieldPathAndLineWithinAFile() {
    Where where = Where.inFile("order.yaml").withLine(6).withField("published");
    assertEquals("order.yaml, line 6, field published", where.toString());
  }

  @Test
  void aMissingValueIsEmptyText() {
    Problem p = new Problem(Where.inFile("x.csv"), null, "something");
    assertEquals("", p.value());
    assertEquals("x.csv, whole file: value '', expected something", p.toString());
  }

  @Test
  void emptyPartsAreNone() {
    Where where = Where.at("x.csv", 0, "");
    assertEquals(Optional.empty(), where.column());
    assertEquals(Where.inFile("x.csv"), where);
    assertEquals(Where.at("x.csv", 2, "a"), Where.inFile("x.csv").withLine(2).withColumn("a"));
    assertEquals(Where.inFile("x.csv"), Where.at("x.csv", 2, "a").withLine(0).withColumn(null));
  }

  @Test
  void aProblemMovesWithItsValueAndExpectation() {
    Problem moved = Problem.of("laCode", "81", "a three-digit DfE LA code such as 812")
        .withWhere(Where.at("la.csv", 5, "LA Number"));
    assertEquals("la.csv, line 5, column LA Number: value '81', expected a three-digit DfE LA code such as 812",
        moved.toString());
  }

  @Test
  void aPlaceIsAFileOrAFieldPath() {
    assertThrows(IllegalArgumentException.class,
        () -> new Where(Optional.empty(), 0, Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> new Where(Optional.empty(), 0, Optional.empty(), Optional.of("")));
    assertThrows(IllegalArgumentException.class, () -> Where.field("x").withLine(3));
    assertThrows(IllegalArgumentException.class, () -> Where.field("x").withColumn("c"));
    assertThrows(IllegalArgumentException.class, () -> Where.inFile("x.csv").withLine(-1));
    assertThrows(NullPointerException.class, () -> new Problem(Where.field("x"), "v", null));
    assertThrows(NullPointerException.class, () -> new Problem(null, "v", "e"));
  }
}
