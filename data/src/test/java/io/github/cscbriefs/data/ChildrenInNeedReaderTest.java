package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.ChildrenInNeedReader.Table;
import io.github.cscbriefs.data.internal.Inputs;
import io.github.cscbriefs.model.Area;
import io.github.cscbriefs.model.AreaFigures;
import io.github.cscbriefs.model.ChildrenInNeed;
import io.github.cscbriefs.model.GeographicLevel;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Region;
import io.github.cscbriefs.model.Value;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChildrenInNeedReaderTest {

  static final String C1_HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
      + "region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,"
      + "rereferral_percent,no_further_action_count,no_further_action_percent,not_in_need_count,"
      + "not_in_need_percent,referral_child_count,rereferral_child_count,rereferral_child_percent";
  /** North East Lincolnshire's 2017 row of the 2025 release's c1 table, as published. */
  static final String C1_NEL_2017 = "2017,Reporting year,Local authority,E92000001,England,E12000003,"
      + "Yorkshire and The Humber,812,E06000012,North East Lincolnshire,Referrals and Re-referrals,1948,176,9,"
      + "262,13.4,11,0.6,1846,156,8.5";

  private static final ReadResult<AreaFigures> ALL = ChildrenInNeedReader.embedded();

  private static AreaFigures find(String code, int year) {
    return ALL.records().stream().filter(r -> r.area().code().equals(code) && r.year() == year)
        .findFirst().orElseThrow();
  }

  static ReadResult<AreaFigures> read(Reader csv) {
    return ChildrenInNeedReader.read("cin.csv", csv, Bundled.councils(), ReadMode.STRICT, Bundled.LIMITS);
  }

  /** Data rows per year of a bundled file, counted from its raw lines (the first cell is the year). */
  private static Map<Integer, Long> rawRowsPerYear(Table table) {
    try (BufferedReader r = new BufferedReader(Inputs.resourceReader(table.resource()))) {
      return r.lines().skip(1).filter(l -> !l.isBlank())
          .collect(Collectors.groupingBy(l -> Integer.parseInt(l.substring(0, l.indexOf(','))), TreeMap::new,
              Collectors.counting()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsEveryRowOfEveryBundledTable() {
    for (Table table : Table.values()) {
      ReadResult<AreaFigures> read = ChildrenInNeedReader.embedded(table);
      Map<Integer, Long> perYear = read.records().stream()
          .collect(Collectors.groupingBy(AreaFigures::year, TreeMap::new, Collectors.counting()));
      Map<Integer, Long> raw = rawRowsPerYear(table);
      assertEquals(raw, perYear, table.name());
      assertEquals(13, perYear.size(), table + " covers 2013 to 2025");
      assertTrue(read.notes().isEmpty(), table.name());
      for (int year = 2013; year <= 2025; year++) {
        int y = year;
        Map<GeographicLevel, Long> levels = read.records().stream().filter(r -> r.year() == y)
            .collect(Collectors.groupingBy(r -> r.area().level(), Collectors.counting()));
        assertEquals(1L, levels.get(GeographicLevel.NATIONAL), table + " " + year);
        assertEquals(11L, levels.get(GeographicLevel.REGIONAL), table + " " + year);
        assertEquals(raw.get(year) - 12, levels.get(GeographicLevel.LOCAL_AUTHORITY), table + " " + year);
      }
    }
  }

  @Test
  void mergesTheTablesIntoOneRecordPerAreaAndYear() {
    AreaFigures nel = find("812", 2021);
    for (Measure m : ChildrenInNeed.measures()) {
      assertTrue(nel.values().containsKey(m), m.id());
    }
    assertEquals(ChildrenInNeed.PUBLICATION, nel.publication());
    assertEquals(Optional.of(Region.YORKSHIRE_AND_THE_HUMBER), nel.region());
    long distinct = ALL.records().stream().map(r -> r.area().code() + " " + r.year()).distinct().count();
    assertEquals(ALL.records().size(), distinct);
    assertEquals(rawRowsPerYear(Table.C1_REFERRALS).values().stream().mapToLong(Long::longValue).sum(), distinct);
  }

  @Test
  void readsNorthEastLincolnshiresReReferralsAsTheIssueQuotes() {
    assertEquals(9.0, find("812", 2017).value(ChildrenInNeed.REREFERRALS_PERCENT).asDouble().orElseThrow());
    assertEquals(31.1, find("812", 2021).value(ChildrenInNeed.REREFERRALS_PERCENT).asDouble().orElseThrow());
  }

  @Test
  void keepsEverySymbolAsItsReason() {
    // County Durham's 2025 plans of 2 years or more are "c" in d5; Hackney's 2022 return is "x" throughout.
    assertEquals(Value.missing(MissingReason.SUPPRESSED), find("840", 2025).value(ChildrenInNeed.CPP_TWO_YEARS_OR_MORE_PERCENT));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), find("840", 2025).value(ChildrenInNeed.CPP_TWO_YEARS_OR_MORE));
    for (Measure m : ChildrenInNeed.measures()) {
      assertEquals(Value.missing(MissingReason.NOT_AVAILABLE), find("204", 2022).value(m), m.id());
    }
    assertTrue(find(Area.ENGLAND_CODE, 2025).value(ChildrenInNeed.CPP_AT_31_MARCH).asDouble().isPresent());
  }

  @Test
  void readsColumnsByHeaderNameInAnyOrder() {
    List<String> header = Arrays.asList(C1_HEADER.split(","));
    List<String> cells = Arrays.asList(C1_NEL_2017.split(","));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      order.add(i);
    }
    Collections.reverse(order);
    String reversedHeader = order.stream().map(header::get).collect(Collectors.joining(","));
    String reversedRow = order.stream().map(cells::get).collect(Collectors.joining(","));
    AreaFigures asPublished = read(Bundled.csv(C1_HEADER, C1_NEL_2017)).records().get(0);
    AreaFigures reordered = read(Bundled.csv(reversedHeader, reversedRow)).records().get(0);
    assertEquals(asPublished, reordered);
    assertEquals(9.0, reordered.value(ChildrenInNeed.REREFERRALS_PERCENT).asDouble().orElseThrow());
    assertEquals(1948.0, reordered.value(ChildrenInNeed.REFERRALS).asDouble().orElseThrow());
    assertEquals(Value.missing(MissingReason.NOT_PUBLISHED), reordered.value(ChildrenInNeed.SECTION_47));
  }

  @Test
  void keepsASuppressedCellMissing() {
    AreaFigures f = read(Bundled.csv(C1_HEADER, C1_NEL_2017.replace(",176,9,", ",c,c,"))).records().get(0);
    assertEquals(Value.missing(MissingReason.SUPPRESSED), f.value(ChildrenInNeed.REREFERRALS));
    assertEquals(Value.missing(MissingReason.SUPPRESSED), f.value(ChildrenInNeed.REREFERRALS_PERCENT));
  }

  @Test
  void reportsABadNumberWithFileLineColumnAndValue() {
    DataFileException e = assertThrows(DataFileException.class, () -> read(Bundled.csv(C1_HEADER, C1_NEL_2017,
        C1_NEL_2017.replace("2017,", "2018,").replace(",176,9,", ",176,nine,"))));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("cin.csv, line 3, column rereferral_percent: value 'nine', expected a number"),
        e.getMessage());
  }

  @Test
  void reportsAPercentageAbove100AndARepeatedRow() {
    DataFileException e = assertThrows(DataFileException.class, () -> read(Bundled.csv(C1_HEADER,
        C1_NEL_2017.replace(",176,9,", ",176,109,"), C1_NEL_2017.replace("2017,", "2018,"),
        C1_NEL_2017.replace("2017,", "2018,"))));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("cin.csv, line 2, column rereferral_percent: value '109', expected "
        + "rereferral_percent between 0 and 100"), e.getMessage());
    assertTrue(e.getMessage().contains("line 4, column time_period"), e.getMessage());
    assertTrue(e.getMessage().contains("the same area and year is at line 3"), e.getMessage());
  }

  @Test
  void refusesAFileWithNoChildrenInNeedColumn() {
    DataFileException e = assertThrows(DataFileException.class, () -> read(Bundled.csv(
        "time_period,geographic_level,old_la_code,caseload_fte", "2020,National,,16.3")));
    assertTrue(e.getMessage().contains("at least one children in need column"), e.getMessage());
  }
}
