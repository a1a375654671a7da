package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.BriefChartTheme;
import io.github.cscbriefs.reporting.BriefTypeface;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The executive summary's small charts: up to {@link #PANELS} indicators with a better direction,
 * side by side, from every judgement area with one, each the council's line against England's over
 * the last years up to the brief's. The figures follow as a
 * table, with each indicator's status for the brief's year (its band is in the dashboard).
 */
final class Sparklines {

  /** The most panels drawn: side by side, each a fifth of the text width. */
  static final int PANELS = 5;

  /**
   * The most panels drawn from {@code areas} judgement areas: {@link #PANELS}, less one for each
   * area after the second, whose row in the summary's table of areas takes the room of a row of the
   * table beneath the charts, so that the summary keeps to a page.
   */
  static int most(long areas) {
    return (int) Math.min(PANELS, PANELS + 2 - areas);
  }

  /** The years drawn, ending with the brief's: the trend window. */
  static final int YEARS = 5;

  private static final float HEIGHT = 60f;

  /** The longest panel name: a fifth of the text width in bold 7.5 pt. */
  static final int PANEL_NAME = 24;

  /** Each panel's name where the label is longer than a fifth of the text width. */
  private static final java.util.Map<Indicator, String> PANEL_NAMES = java.util.Map.ofEntries(
      java.util.Map.entry(Indicators.ABSENCE, "Sickness absence"),
      java.util.Map.entry(Indicators.CLA_SOCIAL_WORKER_CHANGES, "3+ social workers"),
      java.util.Map.entry(Indicators.REREFERRALS, "Re-referrals"),
      java.util.Map.entry(Indicators.ICPC_WITHIN_15_DAYS, "Conferences in 15 days"),
      java.util.Map.entry(Indicators.SUBSEQUENT_PLANS, "Repeat protection plans"),
      java.util.Map.entry(Indicators.PLANS_TWO_YEARS_OR_MORE, "Plans of 2+ years"),
      java.util.Map.entry(Indicators.THREE_OR_MORE_PLACEMENTS, "3+ placements"),
      java.util.Map.entry(Indicators.LONG_TERM_STABILITY, "Long-term stability"),
      java.util.Map.entry(Indicators.LEAVERS_EET_17_18, "17 to 18: work or study"),
      java.util.Map.entry(Indicators.LEAVERS_EET_19_21, "19 to 21: work or study"),
      java.util.Map.entry(Indicators.LEAVERS_SUITABLE_17_18, "17 to 18: suitable home"),
      java.util.Map.entry(Indicators.LEAVERS_SUITABLE_19_21, "19 to 21: suitable home"));

  private Sparklines() {}

  /**
   * The comparisons that can be drawn: each indicator with a better direction (one without is
   * compared, never rated) and the council's figure in at least two of the years drawn, a line.
   */
  static List<IndicatorComparison> drawable(CouncilProfile profile) {
    return profile.comparisons().stream().filter(c -> c.indicator().polarity() != Polarity.NONE)
        .filter(c -> points(profile, c).stream().filter(p -> p.council().isPresent()).count() >= 2)
        .toList();
  }

  /**
   * The comparisons drawn, at most {@link #most} for the brief's areas: when more can be drawn, first
   * the worst-rated of each judgement area, the areas taken worst first (so that every area has
   * one when there is room), then the worst-rated of the rest (Red, then Amber, Green, not rated; the catalogue's order among equals); shown in the
   * catalogue's order, which groups them by area.
   */
  static List<IndicatorComparison> drawn(CouncilProfile profile) {
    List<IndicatorComparison> all = drawable(profile);
    int most = most(AreaSection.byArea(profile).size());
    if (all.size() <= most) {
      return all;
    }
    java.util.Comparator<IndicatorComparison> worstFirst = java.util.Comparator.comparingInt(
        c -> Status.of(profile, c).map(r -> r.ordinal()).orElse(Integer.MAX_VALUE));
    List<IndicatorComparison> ranked = all.stream().sorted(worstFirst).toList();
    // chosen by identity: a comparison's own equality compares every council's figure in it
    java.util.Set<IndicatorComparison> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Set<io.github.cscbriefs.model.JudgementArea> areas = java.util.EnumSet.noneOf(
        io.github.cscbriefs.model.JudgementArea.class);
    for (IndicatorComparison c : ranked) {
      if (chosen.size() < most && areas.add(c.indicator().area())) {
        chosen.add(c);
      }
    }
    ranked.stream().filter(c -> chosen.size() < most).forEach(chosen::add);
    return all.stream().filter(chosen::contains).toList();
  }

  /** The years drawn of {@code c}: up to {@link #YEARS} ending with the profile's. */
  static List<SeriesPoint> points(CouncilProfile profile, IndicatorComparison c) {
    return c.series().stream().filter(p -> p.year() <= profile.year() && p.year() > profile.year() - YEARS)
        .toList();
  }

  /** The chart with its table, or empty when no workforce figure was published in the years drawn. */
  static Optional<ChartFigure> figure(CouncilProfile profile) {
    List<IndicatorComparison> drawn = drawn(profile);
    if (drawn.isEmpty()) {
      return Optional.empty();
    }
    List<CategoryPlot> plots = drawn.stream().map(c -> plot(profile, c)).toList();
    JFreeChart chart = new JFreeChart(null, BriefTypeface.regular(8f), new SmallMultiples(plots), true);
    BriefChartTheme.apply(chart);
    chart.setPadding(new RectangleInsets(2, 0, 0, 0));
    chart.getLegend().setMargin(new RectangleInsets(4, 0, 0, 0));
    List<Integer> years = years(profile, drawn);
    return Optional.of(new ChartFigure(chart, altText(profile, drawn), "Figures, "
        + years.get(0) + " to " + profile.year() + ": "
        + profile.council().name() + "'s, with England's in brackets; status for " + profile.year(),
        table(profile, drawn), HEIGHT));
  }

  private static CategoryPlot plot(CouncilProfile profile, IndicatorComparison c) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (SeriesPoint p : points(profile, c)) {
      String year = Integer.toString(p.year());
      data.addValue(number(p.council()), Names.oneLine(profile.council().name(), TrendSection.LEGEND_NAME), year);
      data.addValue(number(p.england()), "England", year);
    }
    // the years are in the table beneath and the caption; a panel is too narrow to label each
    CategoryAxis years = new CategoryAxis(PANEL_NAMES.getOrDefault(c.indicator(),
        Names.oneLine(c.indicator().label(), PANEL_NAME)));
    years.setTickLabelsVisible(false);
    years.setTickMarksVisible(false);
    NumberAxis values = new NumberAxis(null);
    values.setAutoRangeIncludesZero(false);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    CategoryPlot plot = new CategoryPlot(data, years, values, renderer);
    // styled as the brief's other charts (fonts, grid, British tick labels), then given its lines
    BriefChartTheme.apply(new JFreeChart(null, BriefTypeface.regular(8f), plot, false));
    Font small = BriefTypeface.regular(7f);
    years.setTickLabelFont(small);
    years.setLabelFont(BriefTypeface.bold(7.5f));
    years.setCategoryMargin(0.05);
    // a sparkline shows the shape against England; the numbers are in the table beneath
    values.setVisible(false);
    values.setUpperMargin(0.18);
    values.setLowerMargin(0.18);
    // a sparkline's box fills its panel: no room kept for the hidden axes
    plot.setInsets(new RectangleInsets(2, 3, 0, 3));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    years.setLabelInsets(new RectangleInsets(2, 0, 0, 0));
    years.setAxisLineVisible(false);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    renderer.setSeriesPaint(1, Palette.ORANGE);
    renderer.setSeriesStroke(1, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {5f, 3f}, 0f));
    renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
    renderer.setSeriesShapesVisible(1, false);
    return plot;
  }

  private static Double number(Value v) {
    return v.isPresent() ? v.asDouble().getAsDouble() : null;
  }

  /** A figure without its per cent sign: "20.6", "below 0.05". */
  private static String bare(Value v, Unit unit) {
    String figure = Wording.figure(v, unit);
    return unit == Unit.PERCENT && figure.endsWith("%") ? figure.substring(0, figure.length() - 1) : figure;
  }

  /** Every year any panel draws, oldest first: the indicators' publications may start in different years. */
  static List<Integer> years(CouncilProfile profile, List<IndicatorComparison> drawn) {
    return drawn.stream().flatMap(c -> points(profile, c).stream()).map(SeriesPoint::year).distinct().sorted()
        .toList();
  }

  /** Rows: the indicators; columns: the years drawn (council, England in brackets) and the status. */
  private static Table table(CouncilProfile profile, List<IndicatorComparison> drawn) {
    List<Integer> years = years(profile, drawn);
    List<Column> columns = new ArrayList<>(List.of(Column.text("Indicator", 3.4f)));
    years.forEach(y -> columns.add(Column.number(Integer.toString(y), 1.0f)));
    columns.add(Column.text("Status", 0.85f));
    List<List<Cell>> rows = new ArrayList<>();
    for (IndicatorComparison c : drawn) {
      Unit unit = c.indicator().unit();
      // a rate's per cent sign is in its row's name, so that a council's and England's figures fit a cell
      List<Cell> row = new ArrayList<>(List.of(Cell.rowHeader(c.indicator().label()
          + (unit == Unit.PERCENT ? " (%)" : ""))));
      for (int y : years) {
        Optional<SeriesPoint> q = c.series().stream().filter(s -> s.year() == y).findFirst();
        // a year before the indicator's publication began has no point at all
        row.add(Cell.of(q.map(p -> bare(p.council(), unit) + " (" + bare(p.england(), unit) + ")")
            .orElse("\u2013")));
      }
      row.add(Status.cell(profile, c));
      rows.add(row);
    }
    return new Table(columns, rows);
  }

  /**
   * The story each small chart tells: where the council's line went, its highest year, and where it
   * ends against England.
   */
  static String altText(CouncilProfile profile, List<IndicatorComparison> drawn) {
    List<String> parts = new ArrayList<>();
    for (IndicatorComparison c : drawn) {
      Unit unit = c.indicator().unit();
      List<SeriesPoint> points = points(profile, c).stream().filter(p -> p.council().isPresent()).toList();
      SeriesPoint first = points.get(0);
      SeriesPoint last = points.get(points.size() - 1);
      SeriesPoint peak = points.stream().max(java.util.Comparator.comparingDouble(
          (SeriesPoint p) -> p.council().asDouble().getAsDouble())).orElseThrow();
      String text = c.indicator().label() + ": " + Wording.figure(first.council(), unit) + " in " + first.year();
      if (peak != first && peak != last) {
        text += ", highest " + Wording.figure(peak.council(), unit) + " in " + peak.year();
      }
      if (last != first) {
        text += ", " + Wording.figure(last.council(), unit) + " in " + last.year();
      }
      parts.add(text + (last.england().isPresent()
          ? " against England's " + Wording.figure(last.england(), unit) : ""));
    }
    return "Small line charts of " + profile.council().name() + " against England, one per indicator, "
        + "for the years to " + profile.year() + ". " + String.join("; ", parts) + ".";
  }

  /**
   * Plots drawn side by side, each with its own value axis (the indicators have different units),
   * under one legend. JFreeChart's combined plots share one axis, which would flatten the smaller
   * rates.
   */
  static final class SmallMultiples extends Plot {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 10;

    private final List<CategoryPlot> plots;

    SmallMultiples(List<CategoryPlot> plots) {
      this.plots = List.copyOf(plots);
      setOutlineVisible(false);
      plots.forEach(p -> p.setParent(this));
    }

    /** The plots, left to right. */
    List<CategoryPlot> plots() {
      return plots;
    }

    @Override
    public String getPlotType() {
      return "Small multiples";
    }

    @Override
    public LegendItemCollection getLegendItems() {
      return plots.get(0).getLegendItems();
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
        PlotRenderingInfo info) {
      double width = (area.getWidth() - GAP * (plots.size() - 1)) / plots.size();
      for (int i = 0; i < plots.size(); i++) {
        Rectangle2D cell = new Rectangle2D.Double(area.getX() + i * (width + GAP), area.getY(), width,
            area.getHeight());
        plots.get(i).draw(g2, cell, anchor, parentState, null);
      }
    }
  }

}
