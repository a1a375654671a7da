package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.DataFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's clock, passed to the data, decides the latest reporting year the run accepts. */
class DataOptionsTest {

  private static DataOptions at(String instant) {
    DataOptions options = new DataOptions();
    options.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    return options;
  }

  @Test
  void aClockBeforeTheLatestBundledYearRefusesThatYear() {
    DataFileException e = assertThrows(DataFileException.class, () -> at("2024-12-01T00:00:00Z").load());
    assertTrue(e.problems().get(0).expected().startsWith("a reporting year no later than 2024"), e.getMessage());
  }

  @Test
  void aClockInTheLatestBundledYearAcceptsIt() {
    List<Integer> years = at("2025-12-01T00:00:00Z").load().years();
    assertEquals(2025, years.get(years.size() - 1));
  }

  @Test
  void theSameLocalFileTwiceIsRefused() {
    DataOptions options = at("2025-12-01T00:00:00Z");
    Path nel = Path.of("local", "north-east-lincolnshire.yaml");
    options.local = List.of(nel, nel.toAbsolutePath());
    DataFileException e = assertThrows(DataFileException.class, options::load);
    assertTrue(e.getMessage().contains("each local evidence file once"), e.getMessage());
  }

  @Test
  void theDefaultYearIsTheLatestPublishedNotALocalFilesNewerOne(@TempDir Path dir) throws Exception {
    DataOptions options = at("2026-12-01T00:00:00Z");
    options.local = List.of(Files.writeString(dir.resolve("sefton.yaml"),
        "council: Sefton\nworkforce:\n  - year: 2026\n    caseload_fte: 19.4\n"));
    var dataset = options.load();
    assertTrue(dataset.years().contains(2026), dataset.years().toString());
    assertEquals(2025, Years.choose(dataset, null));
    assertEquals(2026, Years.choose(dataset, 2026));
  }

  @Test
  void aNewerChildrenInNeedTableReplacesTheBundledOnesByHeaderName(@TempDir Path dir) throws Exception {
    // columns in another order than DfE's, one council and England: a release with one table only
    Path c1 = Files.writeString(dir.resolve("c1_2026.csv"), "geographic_level,time_period,old_la_code,new_la_code,"
        + "la_name,referral_count,rereferral_count,rereferral_percent\n"
        + "National,2025,,,,500000,110000,22.0\n"
        + "Local authority,2025,812,E06000012,North East Lincolnshire,3000,600,20.0\n");
    DataOptions options = at("2026-12-01T00:00:00Z");
    options.childrenInNeed = List.of(c1);
    var dataset = options.load();
    var nel = dataset.figures(io.github.cscbriefs.model.ChildrenInNeed.PUBLICATION, "812", 2025).orElseThrow();
    assertEquals(io.github.cscbriefs.model.Value.of(20.0),
        nel.value(io.github.cscbriefs.model.ChildrenInNeed.REREFERRALS_PERCENT));
    assertTrue(dataset.figures(io.github.cscbriefs.model.ChildrenInNeed.PUBLICATION, "812", 2021).isEmpty(),
        "the bundled tables are replaced, not added to");
    assertTrue(dataset.sources().stream().anyMatch(s -> s.file().equals("c1_2026.csv")), dataset.sources().toString());
  }

  @Test
  void aMalformedCareLeaversFileIsRefusedNamingTheFileLineAndValue(@TempDir Path dir) throws Exception {
    Path activity = Files.writeString(dir.resolve("leavers.csv"), "time_period,geographic_level,old_la_code,"
        + "new_la_code,la_name,care_leaver_age,breakdown,care_leaver_count,care_leaver_percent\n"
        + "2025,Local authority,343,E08000014,Sefton,17 to 18 years,\"Total in education, employment or training\","
        + "49,sixty-five\n");
    DataOptions options = at("2026-12-01T00:00:00Z");
    options.careLeaversActivity = activity;
    DataFileException e = assertThrows(DataFileException.class, options::load);
    assertTrue(e.getMessage().contains("leavers.csv, line 2") && e.getMessage().contains("sixty-five"), e.getMessage());
  }
}
