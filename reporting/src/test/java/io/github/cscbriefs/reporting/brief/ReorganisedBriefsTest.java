package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.FigureSource;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Reorganisation;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * What the briefs of reorganised councils and of councils in a joint workforce return tell a
 * reader, on the bundled official data: a predecessor's years are marked as its own in charts,
 * tables and sentences, and a joint return's figures are said to cover every member.
 */
class ReorganisedBriefsTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);

  private static CouncilProfile profile(String code, int year) {
    return PROFILES.profile(DATA.councils().require(code), year);
  }

  private static Reorganisation cumbriasSplit() {
    return DATA.councils().reorganisations().stream().filter(r -> r.successors().contains("942"))
        .findFirst().orElseThrow();
  }

  /** Every paragraph's text and every table cell's, in order. */
  private static String text(Section section) {
    List<String> parts = new ArrayList<>();
    for (Block b : section.blocks()) {
      if (b instanceof Paragraph p) {
        parts.add(p.text());
      } else if (b instanceof Table t) {
        t.columns().forEach(c -> parts.add(c.header()));
        t.rows().forEach(r -> r.forEach(c -> parts.add(c.text())));
      } else if (b instanceof ChartFigure f) {
        parts.add(f.altText());
        f.data().columns().forEach(c -> parts.add(c.header()));
        f.data().rows().forEach(r -> r.forEach(c -> parts.add(c.text())));
      }
    }
    return String.join("\n", parts);
  }

  private static List<ChartFigure> charts(Section section) {
    return section.blocks().stream().filter(ChartFigure.class::isInstance).map(ChartFigure.class::cast).toList();
  }

  @Test
  void cumberlandsTrendChartsDrawCumbriasYearsApartAndTheTablesMarkThem() {
    Reorganisation split = cumbriasSplit();
    CouncilProfile p = profile("942", 2024);
    List<ChartFigure> charts = charts(AreaBlocks.trends(p));
    assertEquals(p.comparisons().size(), charts.size());
    for (int i = 0; i < charts.size(); i++) {
      IndicatorComparison c = p.comparisons().get(i);
      CategoryDataset data = charts.get(i).chart().getCategoryPlot().getDataset();
      if (c.series().stream().noneMatch(s -> s.source().isPredecessor())) {
        // Social worker stability is published for 2024 alone: nothing of Cumbria's to draw.
        assertEquals(-1, data.getRowIndex("Cumbria (predecessor)"), c.indicator().id());
        continue;
      }
      int predecessor = data.getRowIndex("Cumbria (predecessor)");
      int own = data.getRowIndex("Cumberland");
      assertTrue(predecessor >= 0 && own >= 0, c.indicator().id() + ": " + data.getRowKeys());
      for (int col = 0; col < data.getColumnCount(); col++) {
        int year = Integer.parseInt(data.getColumnKey(col).toString());
        if (year < split.firstYear()) {
          assertNull(data.getValue(own, col), c.indicator().id() + " " + year + " is Cumbria's");
        } else {
          assertNull(data.getValue(predecessor, col), c.indicator().id() + " " + year + " is Cumberland's");
        }
      }
      List<String> years = charts.get(i).data().rows().stream().map(r -> r.get(0).text()).toList();
      // Cumbria's years from the first its release has (workforce 2017, children in need 2013,
      // children in care 2021)
      assertTrue(years.contains(c.series().get(0).year() + " (Cumbria)"), years.toString());
      assertTrue(years.contains("2023"), years.toString());
      assertEquals(1 + (TrendSection.axisLabel(c).equals("FTE") ? 1 : 3), charts.get(i).data().columns().size() - 1,
          "one column for the council, its own years and Cumbria's: " + charts.get(i).data().columns());
    }
  }

  @Test
  void cumberlandsSentencesSayWhichTrendsIncludeCumbriasFigures() {
    CouncilProfile p = profile("942", 2024);
    String trends = text(AreaBlocks.trends(p));
    assertTrue(trends.contains("Figures before 2023 are Cumbria's, the council Cumberland replaced"), trends);
    assertTrue(trends.contains("Average caseload: the trend (improving) includes Cumbria's figures before 2023"),
        trends);
    assertTrue(trends.contains("Social workers in post (FTE): the trend counts Cumberland's own years from 2023 "
        + "only"), trends);

    // The summary says whom Cumberland replaced, and its headline facts use no year of Cumbria's
    // unless they name it.
    String summary = text(ExecutiveSummary.section(p));
    assertTrue(summary.contains("Cumberland replaced Cumbria"), summary);
    List<String> facts = ExecutiveSummary.section(p).blocks().stream()
        .filter(io.github.cscbriefs.reporting.BulletList.class::isInstance)
        .map(io.github.cscbriefs.reporting.BulletList.class::cast).findFirst().orElseThrow().items().stream()
        .map(io.github.cscbriefs.reporting.Paragraph::text).toList();
    int found = 0;
    for (String fact : facts) {
      Matcher year = Pattern.compile("\\b(20\\d\\d)\\b").matcher(fact);
      while (year.find()) {
        found++;
        assertTrue(Integer.parseInt(year.group(1)) >= 2023 || fact.contains("Cumbria"), fact);
      }
    }
    assertTrue(found > 0, summary);
  }

  @Test
  void northAndWestNorthamptonshiresCapacityIsStatedAsTheJointReturnsOfBothCouncils() {
    for (String code : List.of("940", "941")) {
      CouncilProfile p = profile(code, 2025);
      String capacity = text(CapacitySection.section(p));
      assertTrue(capacity.contains("(England), North Northamptonshire and West Northamptonshire together (one joint "
          + "return) would need"), capacity);
      assertTrue(capacity.contains("of vacancies are to fill across North Northamptonshire and West "
          + "Northamptonshire together"), capacity);
      assertTrue(capacity.contains("not " + p.council().name() + " alone"), capacity);
      assertFalse(capacity.contains("the council would need"), capacity);
    }
    String own = text(CapacitySection.section(profile("812", 2025)));
    assertTrue(own.contains("(England), the council would need"), own);
    assertFalse(own.contains("joint"), own);
  }

  @Test
  void theDashboardSummaryAndTrendsSayTheWorkforceFiguresCoverBothCouncils() {
    for (CombinedReturn joint : DATA.councils().combinedReturns()) {
      for (String code : joint.laCodes()) {
        CouncilProfile p = profile(code, 2025);
        String names = joint.laCodes().stream().map(l -> DATA.councils().require(l).name())
            .collect(Collectors.joining(" and "));
        String note = "The workforce figures for 2025 are one joint return of " + names
            + ": they cover both councils together, not " + p.council().name() + " alone.";
        assertTrue(text(Dashboard.section(p)).contains(note), code);
        assertTrue(text(ExecutiveSummary.section(p)).contains(note), code);
        String trends = text(AreaBlocks.trends(p));
        assertTrue(trends.contains(note), code);
        assertTrue(trends.contains(DATA.figures(Workforce.PUBLICATION, joint.area().code(), 2025).orElseThrow()
            .area().name() + " (joint return)"), trends);
      }
    }
    assertFalse(text(Dashboard.section(profile("812", 2025))).contains("joint return"));
  }

  @Test
  void kingstonsNeighbourChartsNeverShowRichmondAndNameTheJointReturn() {
    CouncilProfile p = profile("314", 2024);
    Section benchmarks = AreaBlocks.benchmarks(p, BriefOptions.from(DATA, p.council()));
    List<ChartFigure> neighbourCharts = charts(benchmarks).stream()
        .filter(f -> f.caption().contains("against statistical neighbours")).toList();
    assertFalse(neighbourCharts.isEmpty());
    int joint = 0;
    for (ChartFigure f : neighbourCharts) {
      List<String> bars = f.data().rows().stream().map(r -> r.get(0).text()).toList();
      assertFalse(bars.contains("Richmond upon Thames"), f.caption() + ": " + bars);
      String first = bars.get(0);
      if (first.equals("Kingston upon Thames / Richmond upon Thames (joint return)")) {
        joint++;
      } else {
        // the children in need and children looked after releases publish Kingston on its own
        assertEquals("Kingston upon Thames", first, f.caption());
        assertTrue(p.comparisons().stream().filter(c -> f.caption().startsWith(c.indicator().label() + " against"))
            .allMatch(c -> !c.indicator().publication().equals(io.github.cscbriefs.model.Workforce.PUBLICATION)),
            f.caption());
      }
    }
    long workforceCharts = neighbourCharts.stream().filter(f -> p.comparisons().stream()
        .anyMatch(c -> f.caption().startsWith(c.indicator().label() + " against")
            && c.indicator().publication().equals(io.github.cscbriefs.model.Workforce.PUBLICATION))).count();
    assertEquals(workforceCharts, joint, "every workforce indicator's bar is the joint return's");
  }

  @Test
  void theFiguresCsvSaysWhoseReturnEachYearIs() {
    String csv = new String(FiguresCsv.attachment(profile("942", 2024)).content(), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertTrue(lines.get(0).endsWith(",return,figures_of"), lines.get(0));
    List<String> caseload = lines.stream().filter(l -> l.startsWith("942,Cumberland,caseload,")).toList();
    assertEquals(2024 - 2017 + 1, caseload.size(), caseload.toString());
    for (String line : caseload) {
      int year = Integer.parseInt(line.split(",")[4]);
      assertTrue(line.endsWith(year < 2023 ? ",predecessor,Cumbria (predecessor)" : ",own,Cumberland"), line);
    }
    String joint = new String(FiguresCsv.attachment(profile("940", 2025)).content(), StandardCharsets.UTF_8);
    assertTrue(joint.lines().anyMatch(l -> l.contains(",caseload,") && l.contains(",2025,")
        && l.endsWith(",joint,North Northamptonshire / West Northamptonshire (joint return)")), joint);
  }

  @Test
  void aCouncilsOwnFiguresAreLabelledWithItsNameAlone() {
    CouncilProfile p = profile("812", 2020);
    assertTrue(p.comparisons().stream().flatMap(c -> c.series().stream())
        .noneMatch(s -> s.source().isJoint() || s.source().isPredecessor()));
    assertEquals(FigureSource.OWN, p.comparison(Indicators.CASELOAD).orElseThrow().source());
    String trends = text(AreaBlocks.trends(p));
    assertFalse(trends.contains("predecessor"), trends);
    assertFalse(trends.contains("joint"), trends);
    for (ChartFigure f : charts(AreaBlocks.trends(p))) {
      assertTrue(f.data().rows().stream().map(r -> r.get(0)).map(Cell::text).allMatch(t -> t.matches("\\d{4}")));
    }
  }
}
