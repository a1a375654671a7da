package io.github.cscbriefs.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The look of every chart in a brief: the brief's typeface at readable sizes, a white plot with
 * light grid lines, flat bars, and series in the colour-blind-safe {@link Palette} order.
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
