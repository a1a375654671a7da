package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.GeographicLevel;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkforceCsvReaderTest {

  private static final WorkforceRelease RELEASE = Bundled.workforce();

  private static AreaFigures find(String code, int year) {
    return RELEASE.records().stream().filter(r -> r.area().code().equals(code) && r.year() == year)
        .findFirst().orElseThrow();
  }

  private static double number(String code, int year, Measure m) {
    return find(code, year).value(m).asDouble().orElseThrow();
  }

  @Test
  void countsCouncilRowsPerYearAsPublished() {
    Map<Integer, Long> perYear = RELEASE.records().stream()
        .filter(r -> r.area().level() == GeographicLevel.LOCAL_AUTHORITY)
        .collect(Collectors.groupingBy(AreaFigures::year, Collectors.counting()));
    for (int year : List.of(2017, 2018, 2023, 2024, 2025)) {
      assertEquals(151L, perYear.get(year), "year " + year);
    }
    for (int year = 2019; year <= 2022; year++) {
      assertEquals(150L, perYear.get(year), "year " + year);
    }
  }

  @Test
  void readsElevenRegionalRowsAndOneNationalRowEachYear() {
    Map<Integer, Long> regional = RELEASE.records().stream()
        .filter(r -> r.area().level() == GeographicLevel.REGIONAL)
        .collect(Collectors.groupingBy(AreaFigures::year, Collectors.counting()));
    assertEquals(List.of(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025), RELEASE.years());
    RELEASE.years().forEach(y -> assertEquals(11L, regional.get(y), "year " + y));
    assertEquals(1463, RELEASE.records().size());
    assertEquals(Optional.of(Region.LONDON), find(Region.INNER_LONDON.gssCode(), 2025).region());
    assertEquals(Optional.empty(), find(Region.NORTH_EAST.gssCode(), 2025).region());
  }

  @Test
  void readsNorthEastLincolnshiresPublishedFigures() {
    assertEquals(32.7, number("812", 2019, Workforce.CASELOAD_FTE));
    assertEquals(24.9, number("812", 2020, Workforce.CASELOAD_FTE));
    assertEquals(22.1, number("812", 2017, Workforce.TURNOVER_RATE_FTE));
    assertEquals(25.9, number("812", 2020, Workforce.TURNOVER_RATE_FTE));
    assertEquals(8.2, number("812", 2017, Workforce.AGENCY_RATE_FTE));
    assertEquals(24.5, number("812", 2020, Workforce.AGENCY_RATE_FTE));
    assertEquals(13.3, number("812", 2017, Workforce.VACANCY_RATE_FTE));
    assertEquals(28.4, number("812", 2020, Workforce.VACANCY_RATE_FTE));
    assertEquals(Optional.of(Region.YORKSHIRE_AND_THE_HUMBER), find("812", 2020).region());
  }

  @Test
  void readsSeftonAndEnglandFigures() {
    assertEquals(9.7, number("343", 2019, Workforce.AGENCY_RATE_FTE));
    assertEquals(19.8, number("343", 2021, Workforce.AGENCY_RATE_FTE));
    assertEquals(21.3, number("343", 2021, Workforce.CASELOAD_FTE));
    assertEquals(16.3, number(Area.ENGLAND_CODE, 2020, Workforce.CASELOAD_FTE));
    assertEquals(16.3, number(Area.ENGLAND_CODE, 2021, Workforce.CASELOAD_FTE));
  }

  @Test
  void keepsEverySymbolWithItsReason() {
    Map<MissingReason, Long> symbols = RELEASE.records().stream()
        .flatMap(r -> r.values().values().stream())
        .filter(v -> v instanceof Value.Missing)
        .collect(Collectors.groupingBy(v -> ((Value.Missing) v).reason(), Collectors.counting()));
    assertEquals(Map.of(MissingReason.NOT_AVAILABLE, 98L, MissingReason.NOT_APPLICABLE, 81L,
        MissingReason.LOW_RELIABILITY, 51L, MissingReason.LOW, 12L, MissingReason.SUPPRESSED, 8L), symbols);
  }

  @Test
  void keepsKensingtonAndWestminster2025AllNotAvailable() {
    for (String code : List.of("207", "213")) {
      AreaFigures r = find(code, 2025);
      assertEquals(22, r.values().size());
      assertTrue(r.values().values().stream().allMatch(v -> v.equals(Value.missing(MissingReason.NOT_AVAILABLE))),
          code + " " + r.values());
    }
  }

  @Test
  void readsCombinedReturnsUnderTheirJoinedCode() {
    assertEquals("Kingston upon Thames / Richmond upon Thames", find("314 / 318", 2017).area().name());
    assertTrue(find("940 / 941", 2021).area().isCombined());
    assertEquals(Optional.of(Region.EAST_MIDLANDS), find("940 / 941", 2021).region());
  }

  @Test
  void learnsEveryGssCodeACouncilHadOldestFirst() {
    var directory = Bundled.councilsWithGss();
    assertEquals(List.of("E10000002", "E06000060"), directory.require("825").gssCodes());
    assertEquals(List.of("E08000016", "E08000038"), directory.require("370").gssCodes());
    assertEquals(List.of("E09000021"), directory.require("314").gssCodes());
    assertEquals(List.of("E10000021"), directory.require("928").gssCodes());
  }

  @Test
  void marksMeasuresAbsentFromTheReleaseAsNotPublished() {
    WorkforceRelease old = WorkforceCsvReader.read("csww_2022.csv", Bundled.csv(
        "\uFEFFtime_period,time_identifier,geographic_level,region_code,old_la_code,la_name,social_worker_fte,"
            + "\"turnover_rate_fte_%\",agency_worker_rate_fte_%,caseload_fte,an_extra_column",
        "2022,Reporting year,Local authority,E12000003,812,North East Lincolnshire,160.5,21.6,46.4,\"22.7\",hello",
        "2022,Reporting year,National,,,,\"32,000\",17.1,17.6,16.6,"), Bundled.councils(), ReadMode.LENIENT,
        Bundled.LIMITS);
    AreaFigures nel = old.records().get(0);
    assertEquals(Value.of(160.5), nel.value(Workforce.INPOST_FTE));
    assertEquals(Value.of(21.6), nel.value(Workforce.TURNOVER_RATE_FTE));
    assertEquals(Value.of(46.4), nel.value(Workforce.AGENCY_RATE_FTE));
    assertEquals(Value.of(22.7), nel.value(Workforce.CASELOAD_FTE));
    assertEquals(Value.missing(MissingReason.NOT_PUBLISHED), nel.value(Workforce.VACANCY_RATE_FTE));
    assertEquals(1, old.records().size());
    assertEquals(1, old.notes().size());
    assertTrue(old.notes().get(0).location().contains("line 3, column social_worker_fte"), old.notes().toString());
  }
}
