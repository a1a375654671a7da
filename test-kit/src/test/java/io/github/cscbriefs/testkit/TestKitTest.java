package io.github.cscbriefs.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Publication;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.SocialWorkerStability;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixtures hold what their documentation promises, read back through the model's own API. */
class TestKitTest {

  private static final Dataset REORGANISED = Reorganised.dataset();
  private static final Dataset MISSING = MissingValues.dataset();

  private static String areaOf(Dataset d, Publication p, Council c, int year) {
    return d.figuresFor(p, c, year).orElseThrow(() -> new AssertionError(c.name() + " " + year)).area().code();
  }

  private static boolean ownStabilityRow(Dataset d, Council c, int year) {
    return d.figures(SocialWorkerStability.PUBLICATION, c.laCode(), year).isPresent();
  }

  @Test
  void northAndWestNorthamptonshireRunBackThroughNorthamptonshireThenShareOneReturn() {
    for (Council c : List.of(Councils.NORTH_NORTHAMPTONSHIRE, Councils.WEST_NORTHAMPTONSHIRE)) {
      for (int year : Reorganised.YEARS) {
        assertEquals(year < 2021 ? "928" : "940 / 941", areaOf(REORGANISED, Workforce.PUBLICATION, c, year),
            c.name() + " " + year);
        // Social worker stability is published for each council on its own, never for the pair.
        assertEquals(year >= 2021, ownStabilityRow(REORGANISED, c, year), c.name() + " " + year);
        assertTrue(REORGANISED.figures(SocialWorkerStability.PUBLICATION, "940 / 941", year).isEmpty());
        if (year < 2021) {
          assertEquals("928", areaOf(REORGANISED, SocialWorkerStability.PUBLICATION, c, year));
        }
      }
    }
    assertEquals(List.of(Councils.NORTH_NORTHAMPTONSHIRE, Councils.WEST_NORTHAMPTONSHIRE),
        REORGANISED.councils().successors("928"));
  }

  @Test
  void cumberlandAndWestmorlandAndFurnessRunBackThroughCumbriaThenReportAlone() {
    for (Council c : List.of(Councils.CUMBERLAND, Councils.WESTMORLAND_AND_FURNESS)) {
      for (int year : Reorganised.YEARS) {
        assertEquals(year < 2023 ? "909" : c.laCode(), areaOf(REORGANISED, Workforce.PUBLICATION, c, year));
      }
    }
    assertTrue(REORGANISED.councils().byCode("909").map(c -> !c.current()).orElseThrow());
  }

  @Test
  void predecessorsDifferFromTheirSuccessorsSoTheJoinShows() {
    Value before = REORGANISED.figures(Workforce.PUBLICATION, "928", 2020).orElseThrow()
        .value(Workforce.CASELOAD_FTE);
    Value after = REORGANISED.figures(Workforce.PUBLICATION, "940 / 941", 2021).orElseThrow()
        .value(Workforce.CASELOAD_FTE);
    assertNotEquals(before, after);
  }

  @Test
  void kingstonAndRichmondShareAWorkforceReturnButNotTheirStabilityFigures() {
    for (Council c : List.of(Councils.KINGSTON, Councils.RICHMOND)) {
      assertEquals("314 / 318", areaOf(REORGANISED, Workforce.PUBLICATION, c, 2024));
      assertTrue(ownStabilityRow(REORGANISED, c, 2024), c.name());
      assertTrue(REORGANISED.figures(SocialWorkerStability.PUBLICATION, "314 / 318", 2024).isEmpty());
      assertEquals("314 / 318", areaOf(Fixtures.dataset(), Workforce.PUBLICATION, c, 2016));
    }
  }

  @Test
  void englandCountsEachReturnOnce() {
    for (int year : Reorganised.YEARS) {
      double councils = REORGANISED.figures(Workforce.PUBLICATION).stream()
          .filter(f -> f.year() == year && f.area().level() == io.github.cscbriefs.model.GeographicLevel.LOCAL_AUTHORITY)
          .mapToDouble(f -> f.value(Workforce.INPOST_FTE).asDouble().orElseThrow()).sum();
      assertEquals(councils, REORGANISED.england(Workforce.PUBLICATION, year).orElseThrow()
          .value(Workforce.INPOST_FTE).asDouble().orElseThrow(), 1e-9);
      double london = REORGANISED.region(Workforce.PUBLICATION, Region.LONDON, year).orElseThrow()
          .value(Workforce.INPOST_FTE).asDouble().orElseThrow();
      assertEquals(180, london, 1e-9);
    }
  }

  @Test
  void rutlandsSeriesOfEveryIndicatorHoldsEveryReasonAndOneNumber() {
    for (Indicator indicator : io.github.cscbriefs.testkit.Fixtures.INDICATORS) {
      List<Value> series = MissingValues.YEARS.stream().map(y -> MISSING.figuresFor(indicator.measure()
          .publication(), MissingValues.COUNCIL, y).orElseThrow().value(indicator.measure())).toList();
      Set<MissingReason> reasons = series.stream().filter(v -> v instanceof Value.Missing)
          .map(v -> ((Value.Missing) v).reason()).collect(Collectors.toCollection(() -> EnumSet.noneOf(MissingReason.class)));
      assertEquals(EnumSet.allOf(MissingReason.class), reasons, indicator.id());
      assertEquals(1, series.stream().filter(Value::isPresent).count(), indicator.id());
      for (MissingReason r : MissingReason.values()) {
        int year = MissingValues.yearOf(indicator, r);
        assertEquals(Value.missing(r), series.get(MissingValues.YEARS.indexOf(year)), indicator.id() + " " + year);
      }
    }
  }

  @Test
  void rutlandsLatestYearMixesNumbersAndReasons() {
    List<AreaFigures> latest = MISSING.figures().stream()
        .filter(f -> f.year() == 2024 && f.area().code().equals(MissingValues.COUNCIL.laCode())).toList();
    Set<Boolean> present = latest.stream().flatMap(f -> f.values().values().stream()).map(Value::isPresent)
        .collect(Collectors.toSet());
    assertEquals(Set.of(true, false), present);
  }

  @Test
  void theOtherCouncilsPublishEveryFigure() {
    assertTrue(MISSING.figures().stream().filter(f -> !f.area().code().equals(MissingValues.COUNCIL.laCode()))
        .allMatch(f -> f.values().values().stream().allMatch(Value::isPresent)));
  }

  @Test
  void thePublishedReasonsAreTheOnesWithAnEesSymbol() {
    assertEquals(MissingValues.PUBLISHED_REASONS, MissingValues.EVERY_REASON.stream()
        .filter(r -> MissingReason.fromSymbol(r.symbol()).equals(java.util.Optional.of(r)) && !r.symbol().isEmpty())
        .toList());
  }
}
