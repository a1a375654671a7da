package io.github.cscbriefs.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The look of every chart in a brief: the brief's typeface at readable sizes, a white plot with
 * light grid lines, flat bars, and series in the colour-blind-safe {@link Palette} order.
 *
 * <p>Axes are labelled the British way whatever the machine's locale: JFreeChart formats tick
 * labels with the JVM default locale unless told, so a German or Turkish machine printed "0,0 0,5"
 * and "Dez.-2021". Number axes keep JFreeChart's own choice of tick sizes and label patterns, in UK
 * symbols; date axes use {@link Locale#UK} and UTC (the brief's dates are plotted as UTC midnight).
 */
public final class BriefChartTheme {

  /**
   * The smallest span a value axis shows. Every measure in a brief is a count, a caseload or a
   * percentage, so a span under 1 means the figures are all equal (often all 0); JFreeChart's own
   * minimum (1E-8) then labels the axis "2E-9, 0E0, -2E-9".
   */
  private static final double MINIMUM_RANGE = 1.0;

  private BriefChartTheme() {}

  /** Applies the theme to the chart (fonts, colours, series paints). */
  public static void apply(JFreeChart chart) {
    theme().apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    ValueAxis range = chart.getPlot() instanceof XYPlot xy ? xy.getRangeAxis()
        : chart.getPlot() instanceof CategoryPlot category ? category.getRangeAxis() : null;
    if (range != null) {
      range.setAutoRangeMinimumSize(MINIMUM_RANGE);
    }
    if (chart.getPlot() instanceof XYPlot xy) {
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        british(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        british(xy.getRangeAxis(i));
      }
    } else if (chart.getPlot() instanceof CategoryPlot category) {
      for (int i = 0; i < category.getRangeAxisCount(); i++) {
        british(category.getRangeAxis(i));
      }
    }
  }

  /** Tick labels in UK conventions, whatever {@link Locale#getDefault()} is. */
  private static void british(ValueAxis axis) {
    if (axis instanceof DateAxis date) {
      date.setTimeZone(TimeZone.getTimeZone("UTC"));
      date.setLocale(Locale.UK);
    } else if (axis instanceof NumberAxis number && !(axis instanceof SymbolAxis)
        && !(number.getStandardTickUnits() instanceof BritishTickUnits)) {
      number.setStandardTickUnits(new BritishTickUnits(number.getStandardTickUnits()));
    }
  }

  /**
   * The tick sizes of the axis's own source, each labelled as JFreeChart's {@code
   * NumberTickUnitSource} labels it ("0.0000" to "0.0" below 1, "#,##0" up to a million, else
   * "#.######E0") but with UK symbols rather than the default locale's.
   */
  private static final class BritishTickUnits implements TickUnitSource, Serializable {
    private static final long serialVersionUID = 1L;
    private final TickUnitSource sizes;

    BritishTickUnits(TickUnitSource sizes) {
      this.sizes = sizes;
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
      return british(sizes.getLargerTickUnit(unit));
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
      return british(sizes.getCeilingTickUnit(unit));
    }

    @Override
    public TickUnit getCeilingTickUnit(double size) {
      return british(sizes.getCeilingTickUnit(size));
    }

    private static TickUnit british(TickUnit unit) {
      double size = unit.getSize();
      int power = (int) Math.floor(Math.log10(size) + 1e-9);
      String pattern = power >= -4 && power <= -1 ? "0." + "0".repeat(-power)
          : power >= 0 && power <= 6 ? "#,##0" : "#.######E0";
      return new NumberTickUnit(size, new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)),
          unit.getMinorTickCount());
    }
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("CSC Briefs");
    theme.setExtraLargeFont(BriefTypeface.bold(12));
    theme.setLargeFont(BriefTypeface.bold(9.5f));
    theme.setRegularFont(BriefTypeface.regular(8.5f));
    theme.setSmallFont(BriefTypeface.regular(7.5f));
    theme.setTitlePaint(Palette.HEADING);
    theme.setSubtitlePaint(Palette.MUTED);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setLegendItemPaint(Palette.TEXT);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(Palette.RULE);
    theme.setDomainGridlinePaint(Palette.SHADE);
    theme.setRangeGridlinePaint(Palette.RULE);
    theme.setAxisLabelPaint(Palette.TEXT);
    theme.setTickLabelPaint(Palette.TEXT);
    theme.setItemLabelPaint(Palette.TEXT);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    theme.setDrawingSupplier(new DefaultDrawingSupplier(
        Palette.series().toArray(new Paint[0]),
        Palette.series().toArray(new Paint[0]),
        new java.awt.Stroke[] {new BasicStroke(2f)},
        new java.awt.Stroke[] {new BasicStroke(0.5f)},
        DefaultDrawingSupplier.createStandardSeriesShapes()));
    return theme;
  }
}
