package io.github.cscbriefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainValidationTest {

  private static Council northEastLincolnshire() {
    return new Council("812", List.of("E06000012"), "North East Lincolnshire",
        Region.YORKSHIRE_AND_THE_HUMBER, CouncilType.UNITARY_AUTHORITY, true);
  }

  @Test
  void validCouncilIsCreated() {
    Council council = northEastLincolnshire();
    assertEquals(Optional.of("E06000012"), council.gssCode());
  }

  @Test
  void invalidCouncilReportsEveryViolationWithPathValueAndExpectation() {
    ModelViolationException e = assertThrows(ModelViolationException.class,
        () -> new Council("81", List.of("X123"), " ", null, CouncilType.UNITARY_AUTHORITY, true));
    List<String> paths = e.violations().stream().map(v -> v.where().field().orElseThrow()).toList();
    assertEquals(List.of("gssCodes[0].<list element>", "laCode", "name", "region"), paths);
    Problem la = e.violations().get(1);
    assertEquals("81", la.value());
    assertTrue(la.expected().contains("three-digit"), la.expected());
    assertTrue(e.getMessage().startsWith("invalid Council (4 problems)"), e.getMessage());
  }

  @Test
  void inspectionDatesMustBeInOrder() {
    ModelViolationException e = assertThrows(ModelViolationException.class, () -> new Inspection(
        "812", InspectionType.FOCUSED_VISIT, LocalDate.of(2021, 10, 4), Optional.empty(),
        LocalDate.of(2021, 9, 1), Map.of(), Optional.of("Front door"), List.of(), List.of(),
        Optional.empty(), "test"));
    assertEquals("published", e.violations().get(0).where().field().orElseThrow());
    assertTrue(e.violations().get(0).expected().contains("2021-10-04"));
  }

  @Test
  void visitsCarryNoGradesAndGradedInspectionsNeedAnOverallGrade() {
    ModelViolationException visit = assertThrows(ModelViolationException.class, () -> new Inspection(
        "812", InspectionType.MONITORING_VISIT, LocalDate.of(2022, 1, 4), Optional.empty(),
        LocalDate.of(2022, 2, 1), Map.of(JudgementArea.OVERALL_EFFECTIVENESS, Judgement.GOOD),
        Optional.empty(), List.of(), List.of(), Optional.empty(), "test"));
    assertEquals("judgementsFitType", visit.violations().get(0).where().field().orElseThrow());
    ModelViolationException graded = assertThrows(ModelViolationException.class, () -> new Inspection(
        "812", InspectionType.ILACS_STANDARD, LocalDate.of(2022, 1, 4), Optional.empty(),
        LocalDate.of(2022, 2, 1), Map.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), "t"));
    assertEquals("judgementsFitType", graded.violations().get(0).where().field().orElseThrow());
  }

  @Test
  void ratesAboveOneHundredAreRejectedButTurnoverMayExceedIt() {
    Area area = Area.of(northEastLincolnshire());
    ModelViolationException e = assertThrows(ModelViolationException.class, () -> Workforce.figures(
        2020, area, Optional.of(Region.YORKSHIRE_AND_THE_HUMBER),
        Map.of(Workforce.AGENCY_RATE_FTE, Value.of(120), Workforce.CASELOAD_FTE, Value.of(-1))));
    assertEquals(2, e.violations().size(), e.getMessage());
    assertTrue(e.getMessage().contains("agency_rate_fte between 0 and 100, but was 120.0"), e.getMessage());
    AreaFigures ok = Workforce.figures(2020, area, Optional.empty(),
        Map.of(Workforce.TURNOVER_RATE_FTE, Value.of(130)));
    assertEquals(Value.of(130), ok.value(Workforce.TURNOVER_RATE_FTE));
  }

  @Test
  void missingValuesKeepTheirReason() {
    AreaFigures record = Workforce.figures(2025, Area.england(), Optional.empty(),
        Map.of(Workforce.CASES, Value.missing(MissingReason.SUPPRESSED)));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), record.value(Workforce.CASES));
    assertEquals(Value.missing(MissingReason.NOT_PUBLISHED), record.value(Workforce.CASELOAD_FTE));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), record.value(Workforce.CASES).map(x -> x * 2));
    assertEquals(Optional.of(MissingReason.LOW_RELIABILITY), MissingReason.fromSymbol(" U "));
    assertEquals(Optional.empty(), MissingReason.fromSymbol("-"));
  }

  @Test
  void areaCodeMustFitItsLevel() {
    assertThrows(ModelViolationException.class,
        () -> new Area(GeographicLevel.REGIONAL, "812", "North East Lincolnshire", List.of()));
    assertTrue(Area.councils(List.of("314", "318"), "Kingston / Richmond").isCombined());
    assertEquals("314 / 318", Area.councils(List.of("314", "318"), "Kingston / Richmond").code());
    assertThrows(ModelViolationException.class,
        () -> new Area(GeographicLevel.LOCAL_AUTHORITY, "314/318", "Kingston / Richmond", List.of("314", "318")));
  }

  @Test
  void neighboursMustBeRankedInOrderAndExcludeTheCouncil() {
    assertThrows(ModelViolationException.class, () -> new NeighbourGroup("812", 2025,
        List.of(new Neighbour(2, "813", Closeness.CLOSE))));
    assertThrows(ModelViolationException.class, () -> new NeighbourGroup("812", 2025,
        List.of(new Neighbour(1, "812", Closeness.CLOSE))));
    assertEquals(Optional.of(Closeness.VERY_CLOSE), Closeness.parse(" Very Close "));
  }

  @Test
  void seriesFollowsReorganisationsAndCombinedReturns() {
    Council northants = new Council("928", List.of("E10000021"), "Northamptonshire",
        Region.EAST_MIDLANDS, CouncilType.SHIRE_COUNTY, false);
    Council north = new Council("940", List.of("E06000061"), "North Northamptonshire",
        Region.EAST_MIDLANDS, CouncilType.UNITARY_AUTHORITY, true);
    Council west = new Council("941", List.of("E06000062"), "West Northamptonshire",
        Region.EAST_MIDLANDS, CouncilType.UNITARY_AUTHORITY, true);
    CouncilDirectory directory = new CouncilDirectory(List.of(northants, north, west),
        List.of(new Reorganisation(2021, List.of("928"), List.of("940", "941"), "split")),
        List.of(new CombinedReturn("North Northamptonshire / West Northamptonshire",
            List.of("940", "941"), 2021)));
    assertEquals(Optional.of("928"), directory.returnCode("940", 2020));
    assertEquals(Optional.of("940 / 941"), directory.returnCode("941", 2021));
    assertEquals(Optional.of(north), directory.find("north  NORTHAMPTONSHIRE"));
    assertEquals(Optional.of(northants), directory.find("E10000021"));
    assertEquals(List.of(north, west), directory.successors("928"));
  }

  @Test
  void acceptsAnInspectionWithoutThemeButRejectsABlankTheme() {
    Inspection graded = new Inspection("812", InspectionType.ILACS_STANDARD, LocalDate.of(2021, 10, 4),
        Optional.empty(), LocalDate.of(2021, 11, 26), Map.of(JudgementArea.OVERALL_EFFECTIVENESS, Judgement.INADEQUATE),
        Optional.empty(), List.of(), List.of(), Optional.empty(), "test");
    assertEquals(Optional.empty(), graded.theme());
    ModelViolationException blank = assertThrows(ModelViolationException.class, () -> new Inspection(
        "812", InspectionType.FOCUSED_VISIT, LocalDate.of(2021, 10, 4), Optional.empty(),
        LocalDate.of(2021, 11, 26), Map.of(), Optional.of(" "), List.of(), List.of(), Optional.empty(), "test"));
    assertEquals(1, blank.violations().size(), blank.getMessage());
  }
}
