package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.DataFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
