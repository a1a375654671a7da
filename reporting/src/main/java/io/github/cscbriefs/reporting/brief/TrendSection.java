package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.FigureSource;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefChartTheme;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import io.github.cscbriefs.reporting.Wording;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The trend of one indicator, for its judgement area's section: a line chart of the council against
 * England, its region and its neighbours' mean over every year up to the brief's, each line with its
 * own colour and dash pattern, and its figures as a table.
 */
final class TrendSection {

  private static final float HEIGHT = 175f;

  /** The longest name a legend shows whole; the legend does not wrap within an entry. */
  static final int LEGEND_NAME = 64;

  /**
   * One line of the chart. The council's figures are two lines when some years are its
   * predecessor's: its own (or its joint return's) and, with hollow squares and a short dash, the
   * predecessor's, so the change shows as a break; the table has one column for both.
   *
   * @param predecessor true for the predecessor's line, which has no column of its own
   */
  private record Line(String name, Function<SeriesPoint, Value> values, Color colour,
      float[] dash, boolean predecessor) {

    Line(String name, Function<SeriesPoint, Value> values, Color colour, float[] dash) {
      this(name, values, colour, dash, false);
    }

    /** The name in the legend: cut with an ellipsis if longer than {@link #LEGEND_NAME}. */
    String legend() {
      return Names.oneLine(name, LEGEND_NAME);
    }
  }

  private TrendSection() {}

  /**
   * Whose the years of the trend charts of {@code comparisons} are, said once before them: when
   * some are a predecessor's, and when the council's figures are a joint return's.
   */
  static List<Block> notes(CouncilProfile profile, List<IndicatorComparison> comparisons) {
    List<Block> blocks = new ArrayList<>();
    predecessorNote(profile, comparisons).ifPresent(blocks::add);
    Wording.jointReturnNote(profile).map(Paragraph::of).ifPresent(blocks::add);
    return blocks;
  }

  /**
   * One indicator's trend: its chart with the figures as a table, whether the trend counts a
   * predecessor's years, and the figures the brief queries.
   */
  static List<Block> blocks(CouncilProfile profile, IndicatorComparison c) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(chart(profile, c));
    acrossTheChange(profile, c).ifPresent(blocks::add);
    profile.dataQuality(c.indicator()).forEach(f -> blocks.add(Paragraph.of("Figure queried: "
        + Wording.questioned(f) + ".", TextStyle.NOTE)));
    return blocks;
  }

  /** The predecessor whose years the charts show, if any. */
  private static Optional<FigureSource.Predecessor> predecessor(CouncilProfile profile, IndicatorComparison c) {
    return points(profile, c).stream().map(SeriesPoint::source)
        .filter(FigureSource.Predecessor.class::isInstance).map(FigureSource.Predecessor.class::cast)
        .reduce((a, b) -> b);
  }

  /** Says which years are a predecessor's and how the charts mark them. */
  private static Optional<Paragraph> predecessorNote(CouncilProfile profile,
      List<IndicatorComparison> comparisons) {
    Council council = profile.council();
    return comparisons.stream().flatMap(c -> predecessor(profile, c).stream()).findFirst()
        .map(p -> Paragraph.of("Figures before " + p.successorsFrom() + " are "
            + Wording.predecessorName(p, council) + "'s, the council " + council.name() + " replaced: "
            + "the charts draw them apart, with hollow squares labelled \""
            + Wording.sourceLabel(p, council) + "\", and the tables mark those years. "
            + (p.sameArea()
                ? "The joint return from " + p.successorsFrom() + " covers the same area as "
                    + Wording.predecessorName(p, council) + ", so every trend runs across the change."
                : "Trends of rates and caseloads run across the change, as they stay comparable; counts "
                    + "of staff start again in " + p.successorsFrom() + ", since the change itself moved them.")));
  }

  /** After a chart with a predecessor's years: whether its trend counts them. */
  private static Optional<Paragraph> acrossTheChange(CouncilProfile profile, IndicatorComparison c) {
    Council council = profile.council();
    return predecessor(profile, c).map(p -> {
      String label = c.indicator().label();
      String before = Wording.predecessorName(p, council) + "'s figures before " + p.successorsFrom();
      String text;
      if (c.trendIncludesPredecessor()) {
        text = label + ": the trend (" + Wording.direction(c.trend().direction()) + ") includes " + before
            + (p.sameArea() ? ", as the joint return covers the same area."
                : ", as the measure stays comparable across the change.");
      } else if (p.counts(c.indicator().measure())) {
        text = label + ": the trend counts " + council.name() + "'s own years.";
      } else {
        text = label + ": the trend counts " + council.name() + "'s own years from " + p.successorsFrom()
            + " only; " + before + " are not comparable, since the change itself moved them.";
      }
      return Paragraph.of(text, TextStyle.NOTE);
    });
  }

  /**
   * The lines drawn: for counts (FTE, people) England's and the region's totals are on another
   * scale from one council's, so only the council and its neighbours' mean are drawn.
   */
  private static List<Line> lines(CouncilProfile profile, IndicatorComparison c) {
    Council council = profile.council();
    List<SeriesPoint> points = points(profile, c);
    FigureSource own = points.stream().map(SeriesPoint::source).filter(s -> !s.isPredecessor())
        .filter(FigureSource.Joint.class::isInstance).reduce((a, b) -> b).orElse(FigureSource.OWN);
    List<Line> all = new ArrayList<>(List.of(
        new Line(Wording.sourceLabel(own, council), p -> p.source().isPredecessor() ? NOT_DRAWN : p.council(),
            Palette.BLUE, null),
        new Line("England", SeriesPoint::england, Palette.CHARCOAL, new float[] {6f, 3f}),
        new Line(profile.council().region().label(), SeriesPoint::region, Palette.INDIGO,
            new float[] {2f, 2f}),
        new Line("Neighbours (mean)", SeriesPoint::neighbourMean, Palette.PURPLE,
            new float[] {7f, 2f, 2f, 2f})));
    List<Line> drawn = isCount(c) ? new ArrayList<>(List.of(all.get(0), all.get(3))) : all;
    predecessor(profile, c).ifPresent(p -> drawn.add(1, new Line(Wording.sourceLabel(p, council),
        q -> q.source().isPredecessor() ? q.council() : NOT_DRAWN, Palette.BLUE, new float[] {3f, 3f}, true)));
    return drawn;
  }

  /** A year a line does not draw. */
  private static final Value NOT_DRAWN = Value.missing(MissingReason.NOT_APPLICABLE);

  private static boolean isCount(IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    return unit == Unit.FTE || unit == Unit.HEADCOUNT || unit == Unit.COUNT;
  }

  static List<SeriesPoint> points(CouncilProfile profile, IndicatorComparison c) {
    return c.series().stream().filter(p -> p.year() <= profile.year()).toList();
  }

  /** True when the council or a comparator has a figure of {@code c} in any year drawn. */
  static boolean anyFigure(CouncilProfile profile, IndicatorComparison c) {
    List<Line> lines = lines(profile, c);
    return points(profile, c).stream()
        .anyMatch(p -> lines.stream().anyMatch(l -> l.values().apply(p).isPresent()));
  }

  private static Block chart(CouncilProfile profile, IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    List<Line> lines = lines(profile, c);
    List<SeriesPoint> points = points(profile, c);
    if (!anyFigure(profile, c)) {
      return Paragraph.of("No figure of " + c.indicator().label().toLowerCase(Locale.UK)
          + " was published for the council or its comparators up to " + profile.year() + ".");
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    boolean anyPredecessor = lines.stream().anyMatch(Line::predecessor);
    List<Column> columns = new ArrayList<>(List.of(Column.text("Year", anyPredecessor ? 1.1f : 0.7f)));
    // A joint return's name is long: its column is wider, so that it wraps less.
    lines.stream().filter(l -> !l.predecessor()).forEach(l -> columns.add(Column.number(l.name(),
        columns.size() == 1 && l.name().length() > 40 ? 1.6f : 1)));
    List<List<io.github.cscbriefs.reporting.Cell>> rows = new ArrayList<>();
    for (SeriesPoint point : points) {
      List<io.github.cscbriefs.reporting.Cell> row = new ArrayList<>();
      row.add(io.github.cscbriefs.reporting.Cell.rowHeader(Wording.year(point, profile.council())));
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        Value value = line.values().apply(point);
        Double number = value.isPresent() ? value.asDouble().getAsDouble() : null;
        data.addValue(number, line.legend(), Integer.toString(point.year()));
        if (i == 0) {
          // The council's column holds its own and its predecessor's years, the row saying whose.
          row.add(io.github.cscbriefs.reporting.Cell.of(Wording.figure(point.council(), unit)));
        } else if (!line.predecessor()) {
          row.add(io.github.cscbriefs.reporting.Cell.of(Wording.figure(value, unit)));
        }
      }
      rows.add(row);
    }
    JFreeChart chart = ChartFactory.createLineChart(null, Wording.yearAxis(c.indicator()),
        axisLabel(c), data, PlotOrientation.VERTICAL, true, false, false);
    BriefChartTheme.apply(chart);
    style(chart, lines);
    predecessor(profile, c).ifPresent(p -> markChange(chart, p, points));
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
      renderer.setSeriesShapesVisible(i, i == 0 || line.predecessor());
      if (line.predecessor()) {
        renderer.setSeriesShape(i, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShapesFilled(i, false);
      }
    }
  }

  /** A vertical line at the council's first year, where the predecessor's figures end. */
  private static void markChange(JFreeChart chart, FigureSource.Predecessor p, List<SeriesPoint> points) {
    String first = Integer.toString(p.successorsFrom());
    if (points.stream().noneMatch(q -> q.year() == p.successorsFrom())) {
      return;
    }
    CategoryMarker marker = new CategoryMarker(first, Palette.MUTED, new BasicStroke(1f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 2f}, 0f));
    marker.setDrawAsLine(true);
    chart.getCategoryPlot().addDomainMarker(marker, Layer.BACKGROUND);
  }

  private static String altText(CouncilProfile profile, IndicatorComparison c,
      List<SeriesPoint> points) {
    Council council = profile.council();
    String before = predecessor(profile, c).map(p -> " Figures before " + p.successorsFrom() + " are "
        + Wording.predecessorName(p, council) + "'s, the council " + council.name() + " replaced."
        + Wording.includingPredecessor(c, council).replaceFirst("^, including", " The trend includes"))
        .orElse("");
    List<String> comparators = lines(profile, c).stream().skip(1)
        .map(l -> l.name().equals("Neighbours (mean)") ? "the neighbours' mean" : l.name())
        .toList();
    return Wording.trendChartAlt(council.name(), c.indicator().label(),
        c.indicator().unit(), points, c.trend(), comparators, !isCount(c)) + before;
  }
}
