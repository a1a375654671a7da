package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class BriefChartThemeTest {

  /** Lays the chart out once, which is when JFreeChart settles an automatic range. */
  private static ValueAxis drawnRange(JFreeChart chart, ValueAxis axis) {
    BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    chart.draw(g, new Rectangle2D.Double(0, 0, 400, 200));
    g.dispose();
    return axis;
  }

  @Test
  void aLineOfZerosGetsAnAxisOfWholeUnitsNotOfBillionths() {
    XYSeries zeros = new XYSeries("Turnover rate");
    for (int year = 2017; year <= 2025; year++) {
      zeros.add(year, 0.0);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(null, "Year", "Per cent",
        new XYSeriesCollection(zeros));
    BriefChartTheme.apply(chart);
    ValueAxis range = drawnRange(chart, chart.getXYPlot().getRangeAxis());
    assertTrue(range.getRange().getLength() >= 1.0, () -> "range " + range.getRange());
  }

  @Test
  void barsOfEqualValuesGetAnAxisOfWholeUnits() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(12.5, "Councils", "A");
    data.addValue(12.5, "Councils", "B");
    JFreeChart chart = ChartFactory.createBarChart(null, "Councils", "Cases", data);
    BriefChartTheme.apply(chart);
    ValueAxis range = drawnRange(chart, chart.getCategoryPlot().getRangeAxis());
    assertTrue(range.getRange().getLength() >= 1.0, () -> "range " + range.getRange());
    assertTrue(range.getRange().contains(12.5));
  }

  @Test
  void aVariedSeriesKeepsItsAutomaticRange() {
    XYSeries caseload = new XYSeries("Caseload");
    caseload.add(2019, 15.0);
    caseload.add(2020, 32.7);
    JFreeChart chart = ChartFactory.createXYLineChart(null, "Year", "Cases",
        new XYSeriesCollection(caseload));
    BriefChartTheme.apply(chart);
    ValueAxis range = drawnRange(chart, chart.getXYPlot().getRangeAxis());
    assertTrue(range.getRange().contains(15.0) && range.getRange().contains(32.7));
    assertEquals(1.0, range.getAutoRangeMinimumSize());
  }
}
