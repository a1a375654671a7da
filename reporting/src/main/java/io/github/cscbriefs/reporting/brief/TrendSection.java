package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefChartTheme;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A line chart per indicator: the council against England, its region and its neighbours' mean
 * over every year up to the brief's, each line with its own colour and dash pattern.
 */
final class TrendSection {

  private static final float HEIGHT = 175f;

  /** The longest name a legend shows whole; the legend does not wrap within an entry. */
  static final int LEGEND_NAME = 60;

  private record Line(String name, Function<SeriesPoint, Value> values, Color colour,
      float[] dash) {

    /** The name in the legend: cut with an ellipsis if longer than {@link #LEGEND_NAME}. */
    String legend() {
      return Names.oneLine(name, LEGEND_NAME);
    }
  }

  private TrendSection() {}

  static Section section(CouncilProfile profile) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of("Each chart shows the council against England, "
        + profile.council().region().label() + " and the mean of its statistical neighbours, "
        + "for every year with published figures up to " + profile.year() + ". A gap in a line "
        + "is a year without a published figure. The figures follow each chart."));
    for (IndicatorComparison c : profile.comparisons()) {
      blocks.add(Heading.h2(c.indicator().label()));
      blocks.add(chart(profile, c));
    }
    return Section.onNewPage("Trends", blocks);
  }

  /**
   * The lines drawn: for counts (FTE, people) England's and the region's totals are on another
   * scale from one council's, so only the council and its neighbours' mean are drawn.
   */
  private static List<Line> lines(CouncilProfile profile, IndicatorComparison c) {
    List<Line> all = List.of(
        new Line(profile.council().name(), SeriesPoint::council, Palette.BLUE, null),
        new Line("England", SeriesPoint::england, Palette.CHARCOAL, new float[] {6f, 3f}),
        new Line(profile.council().region().label(), SeriesPoint::region, Palette.INDIGO,
            new float[] {2f, 2f}),
        new Line("Neighbours (mean)", SeriesPoint::neighbourMean, Palette.PURPLE,
            new float[] {7f, 2f, 2f, 2f}));
    return isCount(c) ? List.of(all.get(0), all.get(3)) : all;
  }

  private static boolean isCount(IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    return unit == Unit.FTE || unit == Unit.HEADCOUNT || unit == Unit.COUNT;
  }

  static List<SeriesPoint> points(CouncilProfile profile, IndicatorComparison c) {
    return c.series().stream().filter(p -> p.year() <= profile.year()).toList();
  }

  private static Block chart(CouncilProfile profile, IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    List<Line> lines = lines(profile, c);
    List<SeriesPoint> points = points(profile, c);
    boolean anyFigure = points.stream()
        .anyMatch(p -> lines.stream().anyMatch(l -> l.values().apply(p).isPresent()));
    if (!anyFigure) {
      return Paragraph.of("No figure of " + c.indicator().label().toLowerCase(Locale.UK)
          + " was published for the council or its comparators up to " + profile.year() + ".");
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Column> columns = new ArrayList<>(List.of(Column.text("Year", 0.7f)));
    lines.forEach(l -> columns.add(Column.number(l.name(), 1)));
    List<List<io.github.cscbriefs.reporting.Cell>> rows = new ArrayList<>();
    for (SeriesPoint point : points) {
      List<io.github.cscbriefs.reporting.Cell> row = new ArrayList<>();
      row.add(io.github.cscbriefs.reporting.Cell.rowHeader(Integer.toString(point.year())));
      for (Line line : lines) {
        Value value = line.values().apply(point);
        Double number = value.isPresent() ? value.asDouble().getAsDouble() : null;
        data.addValue(number, line.legend(), Integer.toString(point.year()));
        row.add(io.github.cscbriefs.reporting.Cell.of(Wording.figure(value, unit)));
      }
      rows.add(row);
    }
    JFreeChart chart = ChartFactory.createLineChart(null, "Year (at 30 September)",
        axisLabel(c), data, PlotOrientation.VERTICAL, true, false, false);
    BriefChartTheme.apply(chart);
    style(chart, lines);
    return new ChartFigure(chart, altText(profile, c, points), c.indicator().label()
        + " by year: the figures in the chart" + (isCount(c) ? " (England and region totals "
        + "are in the dashboard)" : ""), new Table(columns, rows), HEIGHT);
  }

  static String axisLabel(IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    return unit == Unit.PERCENT ? "Per cent" : unit.suffix().isEmpty() ? "Number"
        : capitalised(unit.suffix());
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static void style(JFreeChart chart, List<Line> lines) {
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      renderer.setSeriesPaint(i, line.colour());
      renderer.setSeriesStroke(i, line.dash() == null ? new BasicStroke(2.6f)
          : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
              line.dash(), 0f));
      renderer.setSeriesShapesVisible(i, i == 0);
    }
  }

  private static String altText(CouncilProfile profile, IndicatorComparison c,
      List<SeriesPoint> points) {
    List<String> comparators = lines(profile, c).stream().skip(1)
        .map(l -> l.name().equals("Neighbours (mean)") ? "the neighbours' mean" : l.name())
        .toList();
    return Wording.trendChartAlt(profile.council().name(), c.indicator().label(),
        c.indicator().unit(), points, c.trend(), comparators, !isCount(c));
  }
}
