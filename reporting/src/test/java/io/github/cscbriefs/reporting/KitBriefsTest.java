package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Publication;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.testkit.Councils;
import io.github.cscbriefs.testkit.MissingValues;
import io.github.cscbriefs.testkit.Reorganised;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Briefs of the test kit's councils: a missing value of every reason is printed as its symbol in
 * every year, never as a number, and a reorganised council's figures before it existed are its
 * predecessor's, a combined return's member taking its workforce figures from the pair's return
 * and its children-in-care figures from its own row.
 */
class KitBriefsTest {

  private static final Dataset MISSING = MissingValues.dataset();
  private static final Dataset REORGANISED = Reorganised.dataset();
  private static final Map<String, byte[]> RENDERED = new HashMap<>();

  private static synchronized byte[] pdf(Dataset data, Council council, int year) {
    return RENDERED.computeIfAbsent(council.laCode() + "-" + year, key -> RenderedSamples.keep(
        "kit-" + key + ".pdf", BriefRenderer.withClock(RenderedSamples.CLOCK).render(
            BriefProfiles.of(data).profile(council, year), BriefOptions.from(data, council))));
  }

  /** The brief's figures CSV: council_value by indicator id and year. */
  private static Map<String, Map<Integer, String>> councilValues(byte[] pdf) {
    return RandomBriefProperties.figures(pdf).stream().collect(Collectors.groupingBy(
        r -> r.get("indicator_id"), Collectors.toMap(r -> Integer.parseInt(r.get("year")),
            r -> r.get("council_value"))));
  }

  /** As the brief prints a missing value: DfE's symbol, a dash for a blank cell. */
  private static String symbol(MissingReason reason) {
    return reason.symbol().isEmpty() ? "\u2013" : reason.symbol();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }

  /** The figures CSV's council value of {@code publication}'s row for {@code areaCode}. */
  private static String published(Indicator indicator, String areaCode, int year) {
    Publication publication = indicator.measure().publication();
    Value value = REORGANISED.figures(publication, areaCode, year).orElseThrow().value(indicator.measure());
    return number(value.asDouble().orElseThrow());
  }

  @Test
  void everyMissingReasonIsPrintedAsItsSymbolInTheYearItHappened() {
    Map<String, Map<Integer, String>> csv = councilValues(pdf(MISSING, MissingValues.COUNCIL, 2024));
    for (Indicator indicator : io.github.cscbriefs.testkit.Fixtures.INDICATORS) {
      Map<Integer, String> byYear = csv.get(indicator.id());
      assertEquals(Set.copyOf(MissingValues.YEARS), byYear.keySet(), indicator.id());
      Set<MissingReason> printed = EnumSet.noneOf(MissingReason.class);
      for (int year : MissingValues.YEARS) {
        String expected = MissingValues.reason(indicator, year).map(KitBriefsTest::symbol)
            .orElseGet(() -> number(MissingValues.value(indicator, year).asDouble().orElseThrow()));
        assertEquals(expected, byYear.get(year), indicator.id() + " " + year);
        MissingValues.reason(indicator, year).ifPresent(printed::add);
      }
      assertEquals(EnumSet.allOf(MissingReason.class), printed, indicator.id());
    }
  }

  @Test
  void aBriefWithEveryMissingReasonNamesThemInItsDashboardAndNeverPrintsZero() {
    byte[] pdf = pdf(MISSING, MissingValues.COUNCIL, 2024);
    String dashboard = BriefRendererTest.section(PdfPages.text(pdf), "Dashboard");
    for (Indicator indicator : RandomCouncils.ONE_LINE_INDICATORS.stream()
        .map(id -> Indicators.all().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow()).toList()) {
      MissingValues.reason(indicator, 2024).ifPresent(r -> assertTrue(
          dashboard.contains(indicator.label() + " " + symbol(r) + " "), indicator.label() + " row: " + dashboard));
    }
    List<CSVRecord> rutland = RandomBriefProperties.figures(pdf);
    assertFalse(rutland.stream().anyMatch(r -> r.get("council_value").matches("0(\\.0)?")), rutland.toString());
  }

  @Test
  void northNorthamptonshiresFiguresRunBackThroughNorthamptonshire() {
    Map<String, Map<Integer, String>> csv = councilValues(pdf(REORGANISED, Councils.NORTH_NORTHAMPTONSHIRE, 2024));
    for (int year : Reorganised.YEARS) {
      assertEquals(published(Indicators.CASELOAD, year < 2021 ? "928" : "940 / 941", year),
          csv.get(Indicators.CASELOAD.id()).get(year), "caseload " + year);
      assertEquals(published(Indicators.CLA_SOCIAL_WORKER_CHANGES, year < 2021 ? "928" : "940", year),
          csv.get(Indicators.CLA_SOCIAL_WORKER_CHANGES.id()).get(year), "children in care " + year);
    }
    assertTrue(PdfPages.text(pdf(REORGANISED, Councils.NORTH_NORTHAMPTONSHIRE, 2024)).get(0)
        .contains("North Northamptonshire"));
  }

  @Test
  void cumberlandsFiguresRunBackThroughCumbria() {
    Map<String, Map<Integer, String>> csv = councilValues(pdf(REORGANISED, Councils.CUMBERLAND, 2024));
    for (int year : Reorganised.YEARS) {
      assertEquals(published(Indicators.CASELOAD, year < 2023 ? "909" : "942", year),
          csv.get(Indicators.CASELOAD.id()).get(year), "caseload " + year);
    }
  }

  @Test
  void kingstonTakesTheCombinedWorkforceReturnAndItsOwnChildrenInCareFigures() {
    Map<String, Map<Integer, String>> csv = councilValues(pdf(REORGANISED, Councils.KINGSTON, 2024));
    assertEquals(published(Indicators.CASELOAD, "314 / 318", 2024), csv.get(Indicators.CASELOAD.id()).get(2024));
    assertEquals(published(Indicators.CLA_SOCIAL_WORKER_CHANGES, "314", 2024),
        csv.get(Indicators.CLA_SOCIAL_WORKER_CHANGES.id()).get(2024));
  }
}
