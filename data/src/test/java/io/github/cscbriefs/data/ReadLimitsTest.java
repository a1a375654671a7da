package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.SocialWorkerStability;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caller's clock, not the system's, decides the latest reporting year a reader accepts. */
class ReadLimitsTest {

  private static final String HEADER = "time_period,geographic_level,old_la_code,la_name,caseload_fte,agency_rate_fte";
  private static final String CLA_HEADER = "time_period,geographic_level,region_code,old_la_code,la_name,new_la_code,"
      + "cla_group,sw_stability,number,percentage";

  private static Clock in(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void theLatestYearIsTheCurrentYearByTheClock() {
    assertEquals(2024, ReadLimits.of(in("2024-06-01T00:00:00Z")).latestYear());
    assertEquals(2031, ReadLimits.of(in("2031-01-01T00:00:00Z")).latestYear());
    assertEquals(ReadLimits.DEFAULT_MAX_BYTES, ReadLimits.of(in("2024-06-01T00:00:00Z")).maxBytes());
  }

  @Test
  void theClocksZoneDecidesTheYearAtNewYear() {
    Instant newYearsEveInLondon = Instant.parse("2024-12-31T23:30:00Z");
    assertEquals(2024, ReadLimits.of(Clock.fixed(newYearsEveInLondon, ZoneId.of("Europe/London"))).latestYear());
    assertEquals(2025, ReadLimits.of(Clock.fixed(newYearsEveInLondon, ZoneId.of("Europe/Paris"))).latestYear());
  }

  @Test
  void theWorkforceReaderAcceptsTheClocksYearAndRefusesTheNext() {
    String[] rows = {HEADER, "2024,National,,,16.3,15.4", "2025,National,,,16.0,15.0"};
    WorkforceRelease in2025 = WorkforceCsvReader.read("csww.csv", Bundled.csv(rows), Bundled.councils(),
        ReadMode.STRICT, ReadLimits.of(in("2025-03-01T00:00:00Z")));
    assertEquals(List.of(2024, 2025), in2025.years());

    DataFileException in2024 = assertThrows(DataFileException.class, () -> WorkforceCsvReader.read("csww.csv",
        Bundled.csv(rows), Bundled.councils(), ReadMode.STRICT, ReadLimits.of(in("2024-12-31T12:00:00Z"))));
    assertEquals(1, in2024.problems().size(), in2024.getMessage());
    assertEquals("csww.csv, line 3, column time_period: value '2025', expected a reporting year no later than 2024 "
        + "(the current year): figures are as at 30 September and published the following year",
        in2024.problems().get(0).toString());
  }

  @Test
  void theStabilityReaderTakesTheClocksYearToo() {
    String row = "2024,Local authority,E12000001,805,Hartlepool,E06000001,CLA on 31 March,Total children,334,100";
    assertEquals(1, ClaStabilityReader.read("cla.csv", Bundled.csv(CLA_HEADER, row), Bundled.councils(),
        ReadMode.STRICT, ReadLimits.of(in("2024-06-01T00:00:00Z"))).records().size());
    DataFileException e = assertThrows(DataFileException.class, () -> ClaStabilityReader.read("cla.csv",
        Bundled.csv(CLA_HEADER, row), Bundled.councils(), ReadMode.STRICT, ReadLimits.of(in("2023-06-01T00:00:00Z"))));
    assertTrue(e.getMessage().contains("cla.csv, line 2, column time_period: value '2024', expected a reporting year "
        + "no later than 2023"), e.getMessage());
  }

  @Test
  void officialDataPassesItsClockToTheReaders() {
    DataFileException before2025 = assertThrows(DataFileException.class,
        () -> OfficialData.builder().clock(in("2024-12-01T00:00:00Z")).load());
    assertTrue(before2025.getMessage().startsWith("csww_indicators_2017_to_2025.csv: "), before2025.getMessage());
    assertTrue(before2025.problems().get(0).expected().startsWith("a reporting year no later than 2024"),
        before2025.getMessage());

    Dataset in2025 = OfficialData.builder().clock(in("2025-12-01T00:00:00Z")).load();
    assertEquals(2025, in2025.years().get(in2025.years().size() - 1));
    assertTrue(in2025.figures(SocialWorkerStability.PUBLICATION, "812", 2024).isPresent());
  }
}
