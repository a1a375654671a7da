package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.internal.CsvRows;
import io.github.cscbriefs.data.internal.CsvTable;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.CareLeavers;
import io.github.cscbriefs.model.ChildPopulation;
import io.github.cscbriefs.model.ChildrenLookedAfter;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.PlacementStability;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.problem.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CareTableReaderTest {

  private static CouncilDirectory councils;

  @BeforeAll
  static void councils() {
    councils = Bundled.councils();
  }

  private static List<AreaFigures> embedded(CareTable table) {
    ReadResult<AreaFigures> read = CareTableReader.embedded(table, councils, Bundled.LIMITS);
    assertEquals(List.of(), read.notes(), "a strict read of the bundled file has no notes");
    return read.records();
  }

  private static AreaFigures find(List<AreaFigures> records, String code, int year) {
    return records.stream().filter(r -> r.area().code().equals(code) && r.year() == year).findFirst().orElseThrow();
  }

  private static Map<Integer, Long> areasPerYear(List<AreaFigures> records) {
    return records.stream().collect(Collectors.groupingBy(AreaFigures::year, TreeMap::new, Collectors.counting()));
  }

  /** 1 National, 11 Regional and 155 Local authority rows a year, 2021 to 2025, in each CLA file. */
  private static final Map<Integer, Long> CLA_YEARS = IntStream.rangeClosed(2021, 2025).boxed()
      .collect(Collectors.toMap(y -> y, y -> 1L + 11 + 155, (a, b) -> a, TreeMap::new));

  @Test
  void readsTheBundledChildrenLookedAfter() {
    List<AreaFigures> records = embedded(CareTable.CHILDREN_LOOKED_AFTER);
    assertEquals(CLA_YEARS, areasPerYear(records));
    // The file's rows: England 2025 81770 at 67 per 10,000 of 12183016; Sefton 2025 506 at 92 of 54760.
    AreaFigures england = find(records, Area.ENGLAND_CODE, 2025);
    assertEquals(Value.of(81770), england.value(ChildrenLookedAfter.CHILDREN));
    assertEquals(Value.of(67), england.value(ChildrenLookedAfter.RATE_PER_10000));
    assertEquals(Value.of(12183016), england.value(ChildrenLookedAfter.POPULATION_ESTIMATE));
    AreaFigures sefton = find(records, "343", 2025);
    assertEquals(Value.of(506), sefton.value(ChildrenLookedAfter.CHILDREN));
    assertEquals(Value.of(92), sefton.value(ChildrenLookedAfter.RATE_PER_10000));
    assertEquals(Value.of(179), find(records, "812", 2021).value(ChildrenLookedAfter.RATE_PER_10000));
  }

  @Test
  void readsTheBundledPlacementStability() {
    List<AreaFigures> records = embedded(CareTable.PLACEMENT_STABILITY);
    assertEquals(CLA_YEARS, areasPerYear(records));
    AreaFigures sefton = find(records, "343", 2025);
    assertEquals(Value.of(506), sefton.value(PlacementStability.CLA_TOTAL));
    assertEquals(Value.of(51), sefton.value(PlacementStability.THREE_OR_MORE_PLACEMENTS));
    assertEquals(Value.of(10), sefton.value(PlacementStability.THREE_OR_MORE_PLACEMENTS_PERCENT));
    assertEquals(Value.of(238), sefton.value(PlacementStability.LONG_TERM_TOTAL));
    assertEquals(Value.of(163), sefton.value(PlacementStability.LONG_TERM_SAME_CARER));
    assertEquals(Value.of(68), sefton.value(PlacementStability.LONG_TERM_STABILITY_PERCENT));
    assertEquals(Value.of(69), find(records, Area.ENGLAND_CODE, 2025).value(PlacementStability.LONG_TERM_STABILITY_PERCENT));
  }

  @Test
  void readsTheBundledCareLeaversActivity() {
    List<AreaFigures> records = embedded(CareTable.CARE_LEAVERS_ACTIVITY);
    assertEquals(CLA_YEARS, areasPerYear(records));
    // Issue 14: Sefton 2025's care leavers aged 17 to 18 in education, employment or training: 65.
    AreaFigures sefton = find(records, "343", 2025);
    assertEquals(Value.of(65), sefton.value(CareLeavers.EET_17_18_PERCENT));
    assertEquals(Value.of(49), sefton.value(CareLeavers.EET_17_18));
    assertEquals(Value.of(75), sefton.value(CareLeavers.AGED_17_18));
    assertEquals(Value.of(59), sefton.value(CareLeavers.EET_19_21_PERCENT));
    assertEquals(Value.of(172), sefton.value(CareLeavers.AGED_19_21));
    assertEquals(Value.of(50), find(records, "812", 2021).value(CareLeavers.EET_19_21_PERCENT));
  }

  @Test
  void readsTheBundledCareLeaversAccommodation() {
    List<AreaFigures> records = embedded(CareTable.CARE_LEAVERS_ACCOMMODATION);
    assertEquals(CLA_YEARS, areasPerYear(records));
    AreaFigures sefton = find(records, "343", 2025);
    assertEquals(Value.of(100), sefton.value(CareLeavers.SUITABLE_17_18_PERCENT));
    assertEquals(Value.of(164), sefton.value(CareLeavers.SUITABLE_19_21));
    assertEquals(Value.of(168), sefton.value(CareLeavers.SUITABILITY_TOTAL_19_21));
    assertEquals(Value.of(98), sefton.value(CareLeavers.SUITABLE_19_21_PERCENT));
    assertEquals(Value.of(92), find(records, "812", 2021).value(CareLeavers.SUITABLE_17_18_PERCENT));
  }

  @Test
  void readsTheBundledChildPopulation() {
    List<AreaFigures> records = embedded(CareTable.CHILD_POPULATION);
    // The file's areas: 152 councils a year 2012-2018 and 2021-2022, 151 in 2019-2020, 153 from 2023.
    Map<Integer, Long> expected = new TreeMap<>();
    IntStream.rangeClosed(2012, 2024).forEach(y -> expected.put(y,
        1L + 11 + (y == 2019 || y == 2020 ? 151 : y >= 2023 ? 153 : 152)));
    assertEquals(expected, areasPerYear(records));
    assertEquals(Value.of(54760), find(records, "343", 2024).value(ChildPopulation.CHILDREN_AGED_0_TO_17));
    assertEquals(Value.of(33020), find(records, "812", 2021).value(ChildPopulation.CHILDREN_AGED_0_TO_17));
    assertEquals(Value.of(12183016), find(records, Area.ENGLAND_CODE, 2024).value(ChildPopulation.CHILDREN_AGED_0_TO_17));
  }

  @Test
  void theBundledFilesKeepEverySymbolAsItsReason() {
    // The files' rows: City of London 2025, care leavers aged 17 to 18 in EET: "c,c"; Cumbria (909,
    // abolished 2023) 2025, children looked after on 31 March: population "x", count and rate "z".
    AreaFigures city = find(embedded(CareTable.CARE_LEAVERS_ACTIVITY), "201", 2025);
    assertEquals(Value.missing(MissingReason.SUPPRESSED), city.value(CareLeavers.EET_17_18));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), city.value(CareLeavers.EET_17_18_PERCENT));
    AreaFigures cumbria = find(embedded(CareTable.CHILDREN_LOOKED_AFTER), "909", 2025);
    assertEquals(Value.missing(MissingReason.NOT_AVAILABLE), cumbria.value(ChildrenLookedAfter.POPULATION_ESTIMATE));
    assertEquals(Value.missing(MissingReason.NOT_APPLICABLE), cumbria.value(ChildrenLookedAfter.CHILDREN));
    assertEquals(Value.missing(MissingReason.NOT_APPLICABLE), cumbria.value(ChildrenLookedAfter.RATE_PER_10000));
  }

  private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
      + "region_code,region_name,old_la_code,la_name,new_la_code,care_leaver_age,breakdown,care_leaver_count,"
      + "care_leaver_percent";
  private static final String SEFTON = "2025,Reporting year,Local authority,E92000001,England,E12000002,North West,"
      + "343,Sefton,E08000014,";

  private static List<AreaFigures> activity(String... lines) {
    return CareTableReader.read(CareTable.CARE_LEAVERS_ACTIVITY, "activity.csv", Bundled.csv(lines), councils,
        ReadMode.STRICT, Bundled.LIMITS).records();
  }

  @Test
  void readsColumnsByNameInAnyOrder() {
    List<AreaFigures> inOrder = activity(HEADER,
        SEFTON + "17 to 18 years,\"Total in education, employment or training\",49,65");
    List<AreaFigures> reordered = activity(
        "care_leaver_percent,breakdown,care_leaver_count,care_leaver_age,new_la_code,la_name,old_la_code,"
            + "geographic_level,time_period",
        "65,\"Total in education, employment or training\",49,17 to 18 years,E08000014,Sefton,343,"
            + "Local authority,2025");
    assertEquals(Value.of(65), find(inOrder, "343", 2025).value(CareLeavers.EET_17_18_PERCENT));
    assertEquals(find(inOrder, "343", 2025).values(), find(reordered, "343", 2025).values());
  }

  @Test
  void aSuppressedOrRoundedToZeroValueStaysMissing() {
    List<AreaFigures> read = activity(HEADER,
        SEFTON + "17 to 18 years,\"Total in education, employment or training\",c,c",
        SEFTON + "19 to 21 years,\"Total in education, employment or training\",1,k");
    AreaFigures sefton = find(read, "343", 2025);
    assertEquals(Value.missing(MissingReason.SUPPRESSED), sefton.value(CareLeavers.EET_17_18));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), sefton.value(CareLeavers.EET_17_18_PERCENT));
    assertEquals(Value.of(1), sefton.value(CareLeavers.EET_19_21));
    assertEquals(Value.missing(MissingReason.LOW), sefton.value(CareLeavers.EET_19_21_PERCENT));
  }

  @Test
  void aBadNumberNamesItsFileLineColumnAndValue() {
    DataFileException e = assertThrows(DataFileException.class, () -> activity(HEADER,
        SEFTON + "17 to 18 years,Total,75,100",
        SEFTON + "17 to 18 years,\"Total in education, employment or training\",49,6S"));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem p = e.problems().get(0);
    assertEquals("activity.csv", p.where().file().orElseThrow());
    assertEquals(3, p.where().line());
    assertEquals("care_leaver_percent", p.where().column().orElseThrow());
    assertEquals("6S", p.value());
  }

  @Test
  void aPercentageAbove100IsRefusedAtItsCell() {
    DataFileException e = assertThrows(DataFileException.class, () -> activity(HEADER,
        SEFTON + "17 to 18 years,\"Total in education, employment or training\",49,165"));
    Problem p = e.problems().get(0);
    assertEquals(2, p.where().line());
    assertEquals("care_leaver_percent", p.where().column().orElseThrow());
    assertEquals("165", p.value());
  }

  @Test
  void aRepeatedRowIsRefused() {
    DataFileException e = assertThrows(DataFileException.class, () -> activity(HEADER,
        SEFTON + "17 to 18 years,Total,75,100",
        SEFTON + "17 to 18 years,Total,76,100"));
    assertEquals(3, e.problems().get(0).where().line(), e.getMessage());
  }

  @Test
  void aMissingValueColumnIsNamed() {
    DataFileException e = assertThrows(DataFileException.class, () -> activity(
        HEADER.replace(",care_leaver_percent", ""), SEFTON + "17 to 18 years,Total,75"));
    assertTrue(e.getMessage().contains("care_leaver_percent"), e.getMessage());
  }

  @Test
  void measuresAreOfTheirTablesPublication() {
    for (CareTable table : CareTable.values()) {
      for (CareTable.Selection s : table.selections()) {
        for (Measure m : s.values().values()) {
          assertEquals(table.figures(2021, Area.england(), java.util.Optional.empty(), Map.of()).publication(),
              m.publication(), table + " " + m.id());
        }
      }
    }
  }

  /**
   * EES's {@code k}, as DfE's dashboard that bundles these files defines it, is "rounds to 0 but is not 0": in the
   * bundled files it marks only care leavers' percentages whose count is 1 of a total of 206 to 588 (0.2% to
   * 0.5%), which a whole-number percentage rounds to 0. So it is {@link MissingReason#LOW}, read as such; and it
   * is only in rows the reader passes over ("information not known", "no information"), so no value read from
   * the bundled files is {@code LOW}.
   */
  @Test
  void everyKOfTheBundledFilesIsAPercentageOfAPositiveCountThatRoundsTo0() throws IOException {
    int ks = 0;
    for (CareTable table : List.of(CareTable.CARE_LEAVERS_ACTIVITY, CareTable.CARE_LEAVERS_ACCOMMODATION,
        CareTable.PLACEMENT_STABILITY, CareTable.CHILDREN_LOOKED_AFTER)) {
      Map<String, Double> totals = new TreeMap<>();
      List<String[]> marked = new ArrayList<>();
      try (Reader reader = Inputs.resourceReader(table.resource());
          CsvRows rows = CsvRows.open(
              table.resource(), reader)) {
        CsvTable header = rows.header();
        for (CsvTable.Row row : rows) {
          for (int i = 0; i < row.cells().size(); i++) {
            if (row.get(i).trim().equals(CareTableReader.ROUNDS_TO_ZERO)) {
              assertTrue(header.heading(i).endsWith("_percent"), table + " line " + row.line() + ": k in "
                  + header.heading(i));
              marked.add(new String[] {key(header, row), row.get(header.column("care_leaver_count").orElseThrow()),
                  table + " line " + row.line()});
            }
          }
          String breakdown = row.get(header.column("breakdown"));
          if (breakdown.equals("Total") || breakdown.equals("Suitability total")) {
            String total = row.get(header.column("care_leaver_count").orElseThrow());
            if (total.matches("[0-9]+")) {
              totals.put(key(header, row), Double.parseDouble(total));
            }
          }
        }
      }
      for (String[] k : marked) {
        double count = Double.parseDouble(k[1]);
        double share = 100 * count / totals.get(k[0]);
        assertTrue(count > 0 && share < 0.5, k[2] + ": " + k[1] + " of " + totals.get(k[0]) + " is " + share + "%");
      }
      ks += marked.size();
      for (AreaFigures f : embedded(table)) {
        assertTrue(f.values().values().stream().noneMatch(v -> v.equals(Value.missing(MissingReason.LOW))),
            table + " " + f.area().code() + " " + f.year());
      }
    }
    assertEquals(27, ks, "k cells in the bundled files");
  }

  private static String key(CsvTable header,
      CsvTable.Row row) {
    return row.get(header.column("time_period")) + " " + row.get(header.column("new_la_code")) + " "
        + row.get(header.column("la_name")) + " " + row.get(header.column("care_leaver_age"));
  }
}
