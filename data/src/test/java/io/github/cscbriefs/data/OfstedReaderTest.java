package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.InspectionType;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfstedReaderTest {

  private static CouncilDirectory councils;
  private static InspectionOutcomes ods;

  @BeforeAll
  static void readOds() {
    councils = Bundled.councilsWithGss();
    ods = OfstedReader.readOds("outcomes.ods", Bundled.stream(Bundled.ODS), councils, ReadMode.STRICT);
  }

  private static InspectionOutcomes csv(String resource) throws IOException {
    try (Reader r = Bundled.reader(resource)) {
      return OfstedReader.readCsv(Inputs.fileName(resource), r, councils, ReadMode.STRICT);
    }
  }

  @Test
  void readsEachSheetsRowsFromTheCsvForms() throws IOException {
    InspectionOutcomes latest = csv(Bundled.LATEST_CSV);
    assertEquals(153, latest.inspections().size());
    assertEquals(153, latest.inspections().stream().map(Inspection::laCode).distinct().count());
    assertTrue(latest.inspections().stream().allMatch(i -> councils.require(i.laCode()).current()));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), latest.asAt());
    assertEquals(271, csv(Bundled.HISTORY_CSV).inspections().size());
    InspectionOutcomes inYear = csv(Bundled.IN_YEAR_CSV);
    assertEquals(112, inYear.inspections().size());
    Map<InspectionType, Long> types = inYear.inspections().stream()
        .collect(Collectors.groupingBy(Inspection::type, Collectors.counting()));
    assertEquals(Map.of(InspectionType.FOCUSED_VISIT, 36L, InspectionType.ILACS_SHORT, 30L,
        InspectionType.MONITORING_VISIT, 24L, InspectionType.ILACS_STANDARD, 22L), types);
  }

  @Test
  void theOdsAndTheCsvsGiveTheSameInspections() {
    List<java.nio.file.Path> files = List.of(Bundled.LATEST_CSV, Bundled.IN_YEAR_CSV, Bundled.HISTORY_CSV).stream()
        .map(OfstedReaderTest::resourcePath).toList();
    InspectionOutcomes csvs = OfstedReader.readCsv(files, councils, ReadMode.STRICT);
    assertEquals(331, ods.inspections().size());
    assertEquals(withoutSource(csvs.inspections()), withoutSource(ods.inspections()));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), ods.asAt());
    assertTrue(ods.notes().isEmpty(), ods.notes().toString());
  }

  private static java.nio.file.Path resourcePath(String resource) {
    try {
      return java.nio.file.Path.of(OfstedReaderTest.class.getResource(Inputs.OFFICIAL + resource).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> withoutSource(List<Inspection> inspections) {
    return inspections.stream().map(i -> String.join("|", i.laCode(), i.type().name(), i.start().toString(),
        i.published().toString(), i.judgements().toString(), i.theme().toString(), i.reportLink().toString())).toList();
  }

  @Test
  void northEastLincolnshireIsInadequateInEveryAreaFrom4October2021() {
    Inspection latest = ods.inspections().stream()
        .filter(i -> i.laCode().equals("812") && i.type().isGraded())
        .reduce((a, b) -> b).orElseThrow();
    assertEquals(LocalDate.of(2021, 10, 4), latest.start().earliest());
    assertEquals(LocalDate.of(2021, 11, 26), latest.published().earliest());
    assertEquals(InspectionType.ILACS_STANDARD, latest.type());
    for (JudgementArea area : List.of(JudgementArea.OVERALL_EFFECTIVENESS, JudgementArea.IMPACT_OF_LEADERS,
        JudgementArea.HELP_AND_PROTECTION, JudgementArea.CHILDREN_IN_CARE)) {
      assertEquals(Judgement.INADEQUATE, latest.judgement(area), area.name());
    }
    assertEquals(Judgement.NOT_JUDGED, latest.judgement(JudgementArea.CARE_LEAVERS));
    assertEquals(Optional.of(URI.create("https://reports.ofsted.gov.uk/provider/44/812")), latest.reportLink());
  }

  @Test
  void keepsVisitThemesAndAbolishedCouncils() {
    Inspection visit = ods.inspections().stream()
        .filter(i -> i.laCode().equals("812") && i.type() == InspectionType.MONITORING_VISIT).findFirst().orElseThrow();
    assertEquals(Optional.of("Children in need/subject to a plan"), visit.theme());
    assertTrue(visit.judgements().isEmpty());
    assertEquals(1, ods.inspections().stream().filter(i -> i.laCode().equals("928")).count());
    assertEquals(LocalDate.of(2019, 6, 17), ods.inspections().stream().filter(i -> i.laCode().equals("928"))
        .findFirst().orElseThrow().start().earliest());
  }
}
