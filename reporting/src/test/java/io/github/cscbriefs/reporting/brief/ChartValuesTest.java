package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.CouncilValue;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.NeighbourValue;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.ChartFigure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The values every chart draws are the values the findings hold, for every council and year of
 * the bundled data: the neighbour chart's bars are the council, the neighbours the mean counted,
 * the mean and England; the distribution chart's bars are the distribution; the trend chart's
 * lines are the series. Reads each chart's dataset as built for the brief, not the PDF.
 */
class ChartValuesTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);

  @Test
  void everyChartDrawsTheValuesTheFindingsHold() {
    List<String> disagreements = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger neighbourCharts = new AtomicInteger();
    AtomicInteger charts = new AtomicInteger();
    DATA.councils().current().parallelStream().forEach(council -> {
      for (int year : DATA.reportingYears()) {
        CouncilProfile profile = PROFILES.profile(council, year);
        BriefOptions options = BriefOptions.from(DATA, council);
        checkBenchmarks(profile, options, disagreements, neighbourCharts, charts);
        checkTrends(profile, disagreements, charts);
      }
    });
    // 153 councils x 9 years x 7 benchmarked indicators = 9,639 places for a neighbour chart; a chart is
    // left out where neither the council nor a neighbour has a figure (years before an indicator
    // was published), which the loop checks.
    assertTrue(neighbourCharts.get() > 7000, "neighbour charts checked: " + neighbourCharts.get());
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())),
        disagreements.size() + " of " + charts.get() + " charts disagree");
  }

  private static void checkBenchmarks(CouncilProfile profile, BriefOptions options, List<String> out,
      AtomicInteger neighbourCharts, AtomicInteger charts) {
    List<IndicatorComparison> rated = profile.comparisons().stream().filter(BenchmarkSection::benchmarked).toList();
    List<List<Block>> groups = rated.stream().map(c -> BenchmarkSection.blocks(profile, options, c)).toList();
    for (int i = 0; i < rated.size(); i++) {
      IndicatorComparison c = rated.get(i);
      String where = profile.council().name() + " " + profile.year() + " " + c.indicator().id();
      boolean neighbourChart = false;
      for (Block block : groups.get(i)) {
        if (!(block instanceof ChartFigure figure)) {
          continue;
        }
        charts.incrementAndGet();
        if (figure.caption().contains("against statistical neighbours")) {
          neighbourChart = true;
          neighbourCharts.incrementAndGet();
          List<Bar> expected = new ArrayList<>();
          expected.add(new Bar(BenchmarkSection.councilLabel(profile, c), number(c.value())));
          for (NeighbourValue n : c.neighbours()) {
            expected.add(new Bar(n.area().name(), n.value()));
          }
          expected.add(new Bar("Neighbours (mean)", number(c.gap(ComparatorKind.NEIGHBOUR_MEAN).comparator())));
          expected.add(new Bar("England", number(c.england().comparator())));
          compare(where + " neighbours", expected, bars(figure.chart().getCategoryPlot().getDataset()), out);
        } else {
          List<Bar> expected = c.distribution().values().stream()
              .map((CouncilValue v) -> new Bar(v.areaCode(), v.value())).toList();
          compare(where + " distribution", expected, bars(figure.chart().getCategoryPlot().getDataset()), out);
        }
      }
      // A neighbour chart is left out only when there is nothing to draw.
      if (options.neighbours().isPresent() && !neighbourChart
          && (c.value().isPresent() || !c.neighbours().isEmpty())) {
        out.add(where + ": no neighbour chart, though the findings hold " + c.value() + " and " + c.neighbours());
      }
    }
  }

  private static void checkTrends(CouncilProfile profile, List<String> out, AtomicInteger charts) {
    for (IndicatorComparison c : profile.comparisons()) {
      for (Block block : TrendSection.blocks(profile, c)) {
        if (!(block instanceof ChartFigure figure)) {
          continue;
        }
        charts.incrementAndGet();
        CategoryDataset data = figure.chart().getCategoryPlot().getDataset();
        List<SeriesPoint> points = TrendSection.points(profile, c);
        String where = profile.council().name() + " " + profile.year() + " " + c.indicator().id() + " trend";
        for (int row = 0; row < data.getRowCount(); row++) {
          for (int col = 0; col < data.getColumnCount(); col++) {
            SeriesPoint p = points.get(col);
            String line = data.getRowKey(row).toString();
            // The council's own (or joint) years and its predecessor's are two lines.
            Double expected = number(line.startsWith("England") ? p.england()
                : line.startsWith("Neighbours") ? p.neighbourMean()
                : row == 0 ? (p.source().isPredecessor() ? NONE : p.council())
                : line.endsWith("(predecessor)") ? (p.source().isPredecessor() ? p.council() : NONE)
                : p.region());
            Number drawn = data.getValue(row, col);
            if (!same(expected, drawn)) {
              out.add(where + ": " + line + " " + p.year() + " drawn " + drawn + ", findings " + expected);
            }
          }
        }
      }
    }
  }

  private static final Value NONE = Value.missing(io.github.cscbriefs.model.MissingReason.NOT_APPLICABLE);

  private record Bar(String name, Double value) {
  }

  private static List<Bar> bars(CategoryDataset data) {
    List<Bar> bars = new ArrayList<>();
    for (int col = 0; col < data.getColumnCount(); col++) {
      Number n = data.getValue(0, col);
      bars.add(new Bar(data.getColumnKey(col).toString(), n == null ? null : n.doubleValue()));
    }
    return bars;
  }

  private static void compare(String where, List<Bar> expected, List<Bar> drawn, List<String> out) {
    if (expected.size() != drawn.size()) {
      out.add(where + ": drawn " + drawn + ", findings " + expected);
      return;
    }
    for (int i = 0; i < expected.size(); i++) {
      Bar e = expected.get(i);
      Bar d = drawn.get(i);
      if (!e.name().equals(d.name()) || !same(e.value(), d.value())) {
        out.add(where + ": drawn " + drawn + ", findings " + expected);
        return;
      }
    }
  }

  private static boolean same(Double expected, Number drawn) {
    return expected == null ? drawn == null : drawn != null && expected.doubleValue() == drawn.doubleValue();
  }

  private static Double number(Value v) {
    return v.isPresent() ? v.asDouble().getAsDouble() : null;
  }
}
