package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CareLeavers;
import io.github.cscbriefs.model.ChildPopulation;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.ChildrenLookedAfter;
import io.github.cscbriefs.model.PlacementStability;
import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Reorganisation;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialDataTest {

  private static Dataset data;

  @BeforeAll
  static void load() {
    data = OfficialData.load();
  }

  @Test
  void knows153CurrentCouncilsAndTheAbolishedOnes() {
    assertEquals(153, data.councils().current().size());
    Set<String> abolished = data.councils().all().stream().filter(c -> !c.current()).map(Council::laCode)
        .collect(Collectors.toSet());
    assertEquals(Set.of("835", "836", "837", "909", "928"), abolished);
    Set<String> inspected = data.inspections().stream().filter(i -> i.type().isGraded())
        .map(i -> i.laCode()).collect(Collectors.toSet());
    assertTrue(inspected.containsAll(data.councils().current().stream().map(Council::laCode).toList()));
    assertEquals(List.of("E10000021"), data.councils().require("928").gssCodes());
    assertEquals(Optional.of(data.councils().require("928")), data.councils().byCode("E10000021"));
  }

  @Test
  void continuesNorthNorthamptonshiresSeriesAcrossTheReorganisation() {
    Council north = data.councils().require("940");
    AreaFigures y2019 = data.figuresFor(Workforce.PUBLICATION, north, 2019).orElseThrow();
    AreaFigures y2023 = data.figuresFor(Workforce.PUBLICATION, north, 2023).orElseThrow();
    assertEquals("928", y2019.area().code());
    assertEquals("940 / 941", y2023.area().code());
    assertTrue(y2019.value(Workforce.CASELOAD_FTE).isPresent());
    assertTrue(y2023.value(Workforce.CASELOAD_FTE).isPresent());
    assertEquals(Optional.of("909"), data.councils().returnCode("942", 2022));
    assertEquals(Optional.empty(), data.councils().returnCode("839", 2018));
  }

  @Test
  void reorganisationYearsMatchTheCodesInTheWorkforceFile() {
    for (Reorganisation r : data.councils().reorganisations()) {
      for (String old : r.predecessors()) {
        assertEquals(r.firstYear() - 1, lastYear(old), "last year of " + old);
      }
      for (String successor : r.successors()) {
        String code = data.councils().combinedReturn(successor, r.firstYear()).map(c -> c.area().code()).orElse(successor);
        assertEquals(r.firstYear(), firstYear(code), "first year of " + code);
      }
    }
    for (CombinedReturn c : data.councils().combinedReturns()) {
      assertEquals(c.firstYear(), firstYear(c.area().code()), c.name());
    }
  }

  private static int firstYear(String code) {
    return data.figures(Workforce.PUBLICATION).stream().filter(w -> w.area().code().equals(code)).mapToInt(AreaFigures::year)
        .min().orElseThrow();
  }

  private static int lastYear(String code) {
    return data.figures(Workforce.PUBLICATION).stream().filter(w -> w.area().code().equals(code)).mapToInt(AreaFigures::year)
        .max().orElseThrow();
  }

  @Test
  void namesEverySourceAndNotesNothingForTheBundledFiles() {
    // LA codes, workforce, social worker stability, Ofsted, two neighbour models, five children in need
    // tables, four children looked after tables and the ONS population
    assertEquals(16, data.sources().size());
    assertTrue(data.sources().contains(new SourceRelease("Office for National Statistics",
        "Mid-year population estimates: children aged 0 to 17", "estimates at 30 June 2012 to 30 June 2024",
        "ons_mid-year_population_estimates_2012_to_2024.csv")));
    assertTrue(data.sources().contains(new SourceRelease("Ofsted", "Local authority inspection outcomes",
        "as at 31 March 2025 (published 25 September 2025)", "LA_Inspection_Outcomes_as_at_31_March_2025.ods")));
    assertEquals(List.of(), data.notes());
    assertEquals(153, data.councils().current().stream().filter(c -> data.neighboursOf(c.laCode()).isPresent()).count());
    assertEquals(2025, data.neighboursOf("812").orElseThrow().modelYear());
    assertEquals(2021, data.neighboursOf("928").orElseThrow().modelYear());
  }

  @Test
  void holdsTheWorkforceAndChildrenLookedAfterPublicationsSideBySide() {
    assertEquals(List.of(Workforce.PUBLICATION, SocialWorkerStability.PUBLICATION, ChildrenInNeed.PUBLICATION,
        ChildrenLookedAfter.PUBLICATION, PlacementStability.PUBLICATION, CareLeavers.ACTIVITY, CareLeavers.ACCOMMODATION),
        data.publications());
    // the population is an input of the children in need rates, not a publication of the dataset
    assertTrue(data.figures(ChildPopulation.PUBLICATION).isEmpty());
    AreaFigures nel = data.figures(Workforce.PUBLICATION, "812", 2024).orElseThrow();
    assertEquals(Value.of(18.6), nel.value(Workforce.CASELOAD_FTE));
    assertTrue(data.figures(SocialWorkerStability.PUBLICATION, "812", 2024).orElseThrow()
        .value(SocialWorkerStability.CLA_THREE_OR_MORE_SOCIAL_WORKERS_RATE).isPresent());
  }

  @Test
  void everyChildrenInNeedRowCarriesThePopulationOfTheMidYearBefore() {
    // North East Lincolnshire, year to 31 March 2021: the ONS estimate at 30 June 2020
    AreaFigures nel = data.figures(ChildrenInNeed.PUBLICATION, "812", 2021).orElseThrow();
    assertEquals(Value.of(1072), nel.value(ChildrenInNeed.REREFERRALS));
    assertEquals(Value.of(31.1), nel.value(ChildrenInNeed.REREFERRALS_PERCENT));
    assertEquals(Value.of(33205), nel.value(ChildrenInNeed.POPULATION_ESTIMATE));
    // Every row has its estimate; the ONS file marks x (not available) the estimates of the councils
    // that became Bournemouth, Christchurch and Poole and Dorset in April 2019 for mid-2012 to mid-2018,
    // so their rates are missing too, never made up.
    List<String> without = data.figures(ChildrenInNeed.PUBLICATION).stream()
        .filter(r -> !r.value(ChildrenInNeed.POPULATION_ESTIMATE).isPresent())
        .map(r -> r.area().name() + " " + r.year() + " " + r.value(ChildrenInNeed.POPULATION_ESTIMATE)).sorted()
        .toList();
    List<String> expected = java.util.stream.Stream.of("Bournemouth", "Dorset", "Poole")
        .flatMap(n -> java.util.stream.IntStream.rangeClosed(2013, 2019).mapToObj(y -> n + " " + y + " x")).sorted()
        .toList();
    assertEquals(expected, without);
    // The children looked after release divides by the same estimate (its own population column),
    // which is the evidence for the rule: for each of its areas and years, mid-year of the year before.
    int compared = 0;
    for (AreaFigures cla : data.figures(ChildrenLookedAfter.PUBLICATION)) {
      Optional<AreaFigures> cin = data.figures(ChildrenInNeed.PUBLICATION, cla.area().code(), cla.year());
      Value used = cla.value(ChildrenLookedAfter.POPULATION_ESTIMATE);
      if (cin.isPresent() && used.isPresent()) {
        assertEquals(used, cin.get().value(ChildrenInNeed.POPULATION_ESTIMATE), cla.area() + " " + cla.year());
        compared++;
      }
    }
    assertTrue(compared > 700, "compared " + compared);
  }

  @Test
  void userSuppliedFilesReplaceBundledOnesAndLenientModeNotesSkippedRows(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("my_workforce.csv");
    Files.writeString(csv, "time_period,geographic_level,old_la_code,caseload_fte\n"
        + "2026,Local authority,812,19.5\n"
        + "2026,Local authority,812,oops\n"
        + "2026,National,,15.0\n");
    Dataset mine = OfficialData.builder().workforce(csv).mode(ReadMode.LENIENT)
        .clock(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC)).load();
    assertEquals(List.of(2026), mine.reportingYears());
    assertEquals(2013, mine.years().get(0)); // the bundled children in need tables start in 2013
    assertEquals(Value.of(19.5), mine.figures(Workforce.PUBLICATION, "812", 2026).orElseThrow().value(Workforce.CASELOAD_FTE));
    assertEquals(1, mine.notes().size(), mine.notes().toString());
    assertEquals("my_workforce.csv", mine.notes().get(0).source());
    assertTrue(mine.sources().stream().anyMatch(s -> s.file().equals("my_workforce.csv")
        && s.release().equals("user-supplied file, reporting years 2026 to 2026")));
    assertFalse(mine.inspections().isEmpty());
  }

  /**
   * The releases after the workforce one are read at the same time; a bad file is still reported as
   * reading them in order would: the first bad one of that order, whichever fails first in time.
   */
  @Test
  void ofTwoBadFilesTheFirstInReadingOrderIsReported(@TempDir Path dir) throws IOException {
    Path stability = dir.resolve("bad_stability.csv");
    Path care = dir.resolve("bad_care_leavers.csv");
    Files.writeString(stability, "nothing,that,is,expected\n1,2,3,4\n");
    Files.writeString(care, "nothing,that,is,expected\n1,2,3,4\n");
    for (int run = 0; run < 5; run++) {
      DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
          () -> OfficialData.builder().claStability(stability).careTable(CareTable.CARE_LEAVERS_ACTIVITY, care)
              .load());
      assertTrue(e.getMessage().contains("bad_stability.csv"), e.getMessage());
      assertFalse(e.getMessage().contains("bad_care_leavers.csv"), e.getMessage());
    }
  }
}
