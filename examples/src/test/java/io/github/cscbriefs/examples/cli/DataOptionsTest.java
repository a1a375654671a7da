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
}
