package io.github.cscbriefs.reporting.brief;

import io.github.cscbriefs.metrics.ComparatorKind;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.CouncilValue;
import io.github.cscbriefs.metrics.Distribution;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.NeighbourValue;
import io.github.cscbriefs.metrics.Standing;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Neighbour;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefChartTheme;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefTypeface;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The benchmarks of one indicator, for its judgement area's section: the council against each
 * statistical neighbour, and against every council in England, the council's bar highlighted. The bars are the values
 * the metrics counted: the neighbours' figures behind their mean, and the year's distribution.
 */
final class BenchmarkSection {

  /** The longest council name the distribution chart's marker shows whole (36 capitals fit). */
  static final int MARKER_NAME = 36;

  private BenchmarkSection() {}

  /** Said once before the benchmark charts when the council has no statistical neighbours on record. */
  static List<Block> notes(CouncilProfile profile, BriefOptions options) {
    return options.neighbours().isPresent() ? List.of()
        : List.of(Paragraph.of("No statistical neighbours are on record for "
            + profile.council().name() + ", so the council is compared with all councils only."));
  }

  /**
   * True when the indicator is benchmarked: one with a better direction, or a rate that describes
   * demand (compared, never ranked). A count of staff is not: it measures the council's size.
   */
  static boolean benchmarked(IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    return c.indicator().polarity() != Polarity.NONE
        || !(unit == Unit.FTE || unit == Unit.HEADCOUNT || unit == Unit.COUNT);
  }

  /**
   * One indicator's benchmarks: the council against its statistical neighbours (when it has any on
   * record), and against every council; nothing for an indicator that is not {@link #benchmarked}.
   */
  static List<Block> blocks(CouncilProfile profile, BriefOptions options, IndicatorComparison c) {
    if (!benchmarked(c)) {
      return List.of();
    }
    List<Block> blocks = new ArrayList<>();
    if (options.neighbours().isPresent()) {
      blocks.add(neighbourChart(profile, c));
    }
    blocks.add(distributionChart(profile, c));
    return blocks;
  }

  private static Block neighbourChart(CouncilProfile profile, IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    Council council = profile.council();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Table.Builder table = Table.withColumns(Column.text("Area", 2.5f), Column.number("Value", 1));
    List<String> bars = new ArrayList<>();
    String own = councilLabel(profile, c);
    add(data, table, bars, own, c.value(), unit);
    for (NeighbourValue n : c.neighbours()) {
      add(data, table, bars, n.area().name(), Value.of(n.value()), unit);
    }
    int found = c.neighbours().size();
    add(data, table, bars, "Neighbours (mean)", c.gap(ComparatorKind.NEIGHBOUR_MEAN).comparator(),
        unit);
    add(data, table, bars, "England", c.england().comparator(), unit);
    JFreeChart chart = ChartFactory.createBarChart(null, null, TrendSection.axisLabel(c), data,
        PlotOrientation.HORIZONTAL, false, false, false);
    BriefChartTheme.apply(chart);
    highlight(chart, bars, own, List.of("Neighbours (mean)", "England"));
    CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
    axis.setMaximumCategoryLabelWidthRatio(0.35f);
    axis.setMaximumCategoryLabelLines(2);
    String alt = "Bar chart of " + c.indicator().label() + " in " + profile.year() + ": "
        + Wording.whose(c.source(), council) + " " + Wording.withUnit(c.value(), unit) + ", against " + found
        + " statistical neighbours with a value (mean "
        + Wording.withUnit(c.gap(ComparatorKind.NEIGHBOUR_MEAN).comparator(), unit)
        + ") and England " + Wording.withUnit(c.england().comparator(), unit) + ".";
    if (!c.value().isPresent() && found == 0) {
      return Paragraph.of("Neither the council nor its neighbours published a figure for "
          + profile.year() + ".");
    }
    // A joint return's name takes two lines: more room for each bar, so labels do not overlap.
    float height = Math.max(120f, 26f + bars.size() * (own.length() > 40 ? 22f : 17f));
    return new ChartFigure(chart, alt, c.indicator().label() + " against statistical "
        + "neighbours, " + profile.year(), table.build(), height);
  }

  /**
   * The council's bar: its name, or its joint return's ("Kingston upon Thames / Richmond upon
   * Thames (joint return)") or its predecessor's, whose figure it is.
   */
  static String councilLabel(CouncilProfile profile, IndicatorComparison c) {
    return Wording.sourceLabel(c.source(), profile.council());
  }

  /** The marker's label, short enough for {@link #MARKER_NAME}: "Kingston upon Thames (joint)". */
  private static String markerLabel(CouncilProfile profile, IndicatorComparison c) {
    return c.source().isJoint() ? profile.council().name() + " (joint)" : councilLabel(profile, c);
  }

  private static void add(DefaultCategoryDataset data, Table.Builder table, List<String> bars,
      String name, Value value, Unit unit) {
    data.addValue(value.isPresent() ? value.asDouble().getAsDouble() : null, "Value", name);
    table.row(Cell.rowHeader(name), Cell.of(Wording.figure(value, unit)));
    bars.add(name);
  }

  private static void highlight(JFreeChart chart, List<String> bars, String council,
      List<String> comparators) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRenderer(new HighlightRenderer(bars.stream().map(b -> b.equals(council)
        ? Palette.BLUE : comparators.contains(b) ? Palette.PURPLE : Palette.GREY)
        .toArray(Paint[]::new)));
  }

  private static Block distributionChart(CouncilProfile profile, IndicatorComparison c) {
    Unit unit = c.indicator().unit();
    Distribution distribution = c.distribution();
    List<CouncilValue> values = distribution.values();
    if (values.isEmpty()) {
      return Paragraph.of("No council published a figure for " + profile.year() + ".");
    }
    Optional<CouncilValue> own = c.area().flatMap(area -> values.stream()
        .filter(v -> v.areaCode().equals(area.code())).findFirst());
    List<String> codes = new ArrayList<>(values.size());
    List<Double> figures = new ArrayList<>(values.size());
    Paint[] paints = new Paint[values.size()];
    for (int i = 0; i < values.size(); i++) {
      CouncilValue v = values.get(i);
      codes.add(v.areaCode());
      figures.add(v.value());
      paints[i] = own.map(o -> o.areaCode().equals(v.areaCode())).orElse(false)
          ? Palette.BLUE : Palette.GREY;
    }
    CategoryDataset data = OneRowDataset.of("Councils", codes, figures);
    boolean ranked = c.indicator().polarity() != Polarity.NONE;
    String order = ranked ? "best to worst" : "lowest to highest";
    JFreeChart chart = ChartFactory.createBarChart(null, "Councils, " + order,
        TrendSection.axisLabel(c), data, PlotOrientation.VERTICAL, false, false, false);
    BriefChartTheme.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRenderer(new HighlightRenderer(paints));
    plot.getDomainAxis().setTickLabelsVisible(false);
    plot.getDomainAxis().setTickMarksVisible(false);
    plot.getDomainAxis().setCategoryMargin(0.1);
    // Without grid lines behind it the council's label stays legible; the table gives quartiles.
    plot.setRangeGridlinesVisible(false);
    own.ifPresent(o -> plot.addDomainMarker(marker(o.areaCode(), markerLabel(profile, c),
        values.indexOf(o) < values.size() / 2), Layer.FOREGROUND));
    Optional<Standing> standing = c.standing();
    String position = standing.map(s -> "ranked " + s.rank() + " of " + s.outOf() + " (band "
        + s.band().name() + ", " + Wording.band(s.band()) + ")").orElse(c.unrankedForTooFewCouncils()
        ? Wording.unranked(c) : ranked ? "not ranked" : "not ranked, as neither a higher nor a lower figure is better");
    String alt = "Bar chart of " + c.indicator().label() + " for all " + values.size()
        + " councils with a figure in " + profile.year() + ", " + order + ". "
        + Wording.whose(c.source(), profile.council()) + " (highlighted) " + Wording.withUnit(c.value(), unit)
        + ", " + position + ". Median " + Wording.figure(distribution.median(), unit)
        + ".";
    Table.Builder summary = Table.withColumns(Column.text("Measure", 2), Column.number("Value", 1))
        .row(councilLabel(profile, c), Wording.figure(c.value(), unit));
    if (ranked) {
      summary.row("Rank (1 = best)", standing.map(s -> s.rank() + " of " + s.outOf()).orElse(Wording.unranked(c)))
          .row("Quartile band", standing.map(s -> s.band().name() + " (" + Wording.band(s.band())
              + ")").orElse("\u2013"));
    }
    summary.row("Lower quartile", Wording.figure(distribution.lowerQuartile(), unit))
        .row("Median", Wording.figure(distribution.median(), unit))
        .row("Upper quartile", Wording.figure(distribution.upperQuartile(), unit))
        .row("Councils without a figure", Integer.toString(distribution.missing()));
    return new ChartFigure(chart, alt, c.indicator().label() + " across all councils, "
        + profile.year() + " (summary of the chart)", summary.build(), 150f);
  }

  /**
   * A labelled line through the council's bar, so a thin bar among 150 is easy to find. The label
   * runs towards the wider side, which is at least half the plot (about 210 pt): the name is cut
   * to {@link #MARKER_NAME} characters, which fit there in bold 8 pt. Every real council's name is
   * shorter (the longest, Bournemouth, Christchurch and Poole, has 35).
   */
  private static CategoryMarker marker(String category, String label, boolean labelRight) {
    CategoryMarker marker = new CategoryMarker(category, Palette.BLUE, new BasicStroke(1f));
    marker.setDrawAsLine(true);
    marker.setLabel(Names.oneLine(label, MARKER_NAME));
    marker.setLabelFont(BriefTypeface.bold(8f));
    marker.setLabelPaint(Palette.BLUE);
    marker.setLabelBackgroundColor(java.awt.Color.WHITE);
    marker.setLabelAnchor(labelRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(labelRight ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
    return marker;
  }

  /**
   * A bar renderer that paints each bar its own colour, to pick out the council. A distribution
   * has a bar for each of about 150 councils: the bars of one colour are gathered as JFreeChart lays
   * them out and filled as one shape once the last is known, which draws the same picture with one
   * drawing operation per colour instead of one per bar, in the PDF's content and the page's SVG.
   */
  private static final class HighlightRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final Paint[] paints;
    /** The bars laid out so far in this drawing, by colour, in the order the colours first came. */
    private transient Map<Paint, Path2D> pending = new LinkedHashMap<>();

    HighlightRenderer(Paint[] paints) {
      this.paints = paints.clone();
      setShadowVisible(false);
      setDrawBarOutline(false);
      setBarPainter(new Gathering());
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return column < paints.length ? paints[column] : Palette.GREY;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      boolean ascending = plot.getColumnRenderingOrder() == SortOrder.ASCENDING;
      if (row == 0 && column == (ascending ? 0 : dataset.getColumnCount() - 1)) {
        pending().clear();
      }
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      if (row == dataset.getRowCount() - 1 && column == (ascending ? dataset.getColumnCount() - 1 : 0)) {
        pending().forEach((paint, bars) -> {
          g2.setPaint(paint);
          g2.fill(bars);
        });
        pending().clear();
      }
    }

    private Map<Paint, Path2D> pending() {
      if (pending == null) {
        pending = new LinkedHashMap<>();
      }
      return pending;
    }

    /** Adds each bar to its colour's shape instead of filling it at once. */
    private static final class Gathering implements BarPainter, java.io.Serializable {
      private static final long serialVersionUID = 1L;

      @Override
      public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column,
          RectangularShape bar, RectangleEdge base) {
        ((HighlightRenderer) renderer).pending().computeIfAbsent(renderer.getItemPaint(row, column),
            p -> new Path2D.Double()).append(bar, false);
      }

      @Override
      public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column,
          RectangularShape bar, RectangleEdge base, boolean pegShadow) {
        // shadows are off
      }
    }
  }
}
