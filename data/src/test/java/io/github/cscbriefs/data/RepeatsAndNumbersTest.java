package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.local.LocalEvidence;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.ModelViolationException;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same evidence twice, the same neighbour twice, councils gone, numbers no figure can be. */
class RepeatsAndNumbersTest {

  private static final CouncilDirectory COUNCILS = Bundled.councilsWithGss();
  private static final String LOCAL = """
      council: "812"
      interventions:
        - type: commissioner
          start: 2022-01-10
          end: 2023-01-01
      plan:
        - id: "1"
          title: Caseloads
          owner: DCS
      """;

  @TempDir Path dir;

  private static String lines(DataFileException e) {
    return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  private static String lines(ModelViolationException e) {
    return e.violations().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  // ---- local evidence applied twice

  @Test
  void theSameLocalFileTwiceIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("nel.yaml"), LOCAL);
    LocalEvidenceReader reader = new LocalEvidenceReader(COUNCILS, IndicatorCatalogue.defaults());
    Dataset once = reader.read(file).applyTo(Dataset.builder(COUNCILS).build());
    assertEquals(1, once.interventions().size());
    LocalEvidence again = reader.read(file);
    ModelViolationException e = assertThrows(ModelViolationException.class, () -> again.applyTo(once));
    assertTrue(lines(e).contains("sources was 'nel.yaml', expected each source once; "
        + "this file (or one of the same name) has been read already"), lines(e));
  }

  @Test
  void aCopyOfTheSameEvidenceUnderAnotherNameIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("nel.yaml"), LOCAL);
    Path copy = Files.writeString(dir.resolve("copy.yaml"), LOCAL);
    LocalEvidenceReader reader = new LocalEvidenceReader(COUNCILS, IndicatorCatalogue.defaults());
    Dataset once = reader.read(file).applyTo(Dataset.builder(COUNCILS).build());
    LocalEvidence again = reader.read(copy);
    ModelViolationException e = assertThrows(ModelViolationException.class, () -> again.applyTo(once));
    assertEquals(2, e.violations().size(), lines(e));
    assertTrue(lines(e).contains("interventions was 'commissioner from 2022-01-10 for 812 (copy.yaml)', expected "
        + "each intervention once (by council, type and start); it is also in nel.yaml"), lines(e));
    assertTrue(lines(e).contains("planActions was 'action 1 for 812 (copy.yaml)', expected each plan action id "
        + "once per council; it is also in nel.yaml"), lines(e));
  }

  // ---- neighbours

  @Test
  void theSameNeighbourTwiceInOneGroupIsRefused() {
    DataFileException e = assertThrows(DataFileException.class, () -> NeighbourReader.read("sn.csv", Bundled.csv(
        "old_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P",
        "301,Barking and Dagenham,308,Close,308,Close,308,Close"), 2025, COUNCILS, ReadMode.STRICT));
    assertEquals("""
        sn.csv, line 2, column SN_2: value '308', expected each neighbour once; it is also SN_1
        sn.csv, line 2, column SN_3: value '308', expected each neighbour once; it is also SN_1""", lines(e));
  }

  @Test
  void aCouncilThatNoLongerExistedInTheModelYearIsRefused() {
    DataFileException e = assertThrows(DataFileException.class, () -> NeighbourReader.read("sn.csv", Bundled.csv(
        "old_la_code,la_name,SN_1,SN_1P,SN_2,SN_2P",
        "830,Derbyshire,909,Very close,891,Very close",
        "909,Cumbria,925,Very close,926,Very close"), 2025, COUNCILS, ReadMode.STRICT));
    assertEquals("""
        sn.csv, line 2, column SN_1: value '909', expected a council that existed in the model year 2025; \
        Cumbria (909) was replaced from 2023 by Cumberland (942) and Westmorland and Furness (943)
        sn.csv, line 3, column old_la_code: value '909', expected a council that existed in the model year 2025; \
        Cumbria (909) was replaced from 2023 by Cumberland (942) and Westmorland and Furness (943)""", lines(e));
  }

  // ---- numbers

  @Test
  void aNonZeroNumberThatUnderflowsToZeroIsRefused() {
    DataFileException e = assertThrows(DataFileException.class, () -> WorkforceCsvReader.read("csww.csv",
        Bundled.csv("time_period,geographic_level,old_la_code,la_name,caseload_fte,agency_rate_fte",
            "2024,Local authority,812,North East Lincolnshire,1e-999,0e-999"),
        COUNCILS, ReadMode.STRICT, Bundled.LIMITS));
    assertEquals("csww.csv, line 2, column caseload_fte: value '1e-999', expected a number that is 0 or at least "
        + "1e-300 in size (this one is too small to hold and would read as 0)", lines(e));
  }

  @Test
  void aNumberBeyondTheMeasuresPlausibleMaximumIsRefused() {
    DataFileException e = assertThrows(DataFileException.class, () -> WorkforceCsvReader.read("csww.csv",
        Bundled.csv("time_period,geographic_level,old_la_code,la_name,caseload_fte,cases",
            "2024,Local authority,812,North East Lincolnshire,1e300,12000000"),
        COUNCILS, ReadMode.STRICT, Bundled.LIMITS));
    assertEquals("""
        csww.csv, line 2, column caseload_fte: value '1e300', expected caseload_fte between 0 and 1000, but was 1.0E300
        csww.csv, line 2, column cases: value '12000000', expected cases between 0 and 10000000, but was 1.2E7""",
        lines(e));
  }
}
