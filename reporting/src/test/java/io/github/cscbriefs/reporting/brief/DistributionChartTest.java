package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Palette;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.svg.SVGGraphics2D;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A distribution chart draws a bar for every council with a figure, and fills the bars of one
 * colour as one shape: the picture is the one a fill per bar draws, with two fills instead of one
 * per council.
 */
class DistributionChartTest {

  private static final Dataset DATA = OfficialData.load();
  private static final int WIDTH = 480;
  private static final int HEIGHT = 150;

  @Test
  void fillsEachColourOnceWithABarForEveryCouncil() {
    ChartFigure figure = caseloadDistribution();
    int councils = figure.chart().getCategoryPlot().getDataset().getColumnCount();
    assertTrue(councils > 100, councils + " councils");
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    figure.chart().draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    org.jsoup.nodes.Document drawn = Jsoup.parse(svg.getSVGElement());
    List<Element> grey = filledIn(drawn, Palette.GREY);
    List<Element> blue = filledIn(drawn, Palette.BLUE);
    // the other councils' bars in grey as one shape, the council's own in blue as another
    assertEquals(1, grey.size(), "grey shapes");
    assertEquals(1, blue.size(), "blue shapes");
    assertEquals(councils - 1, rectangles(grey.get(0)), "grey bars");
    assertEquals(1, rectangles(blue.get(0)), "blue bars");
  }

  /** The shapes filled in the colour (JFreeSVG puts the fill on the group around the path). */
  private static List<Element> filledIn(org.jsoup.nodes.Document svg, java.awt.Color colour) {
    String fill = "fill:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    return svg.select("g[style] > path").stream()
        .filter(p -> p.parent().attr("style").replace(" ", "").contains(fill)).toList();
  }

  @Test
  void drawsThePictureAFillPerBarDraws() {
    ChartFigure figure = caseloadDistribution();
    BufferedImage gathered = picture(figure.chart());
    CategoryPlot plot = figure.chart().getCategoryPlot();
    BarRenderer gathering = (BarRenderer) plot.getRenderer();
    BarRenderer perBar = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return gathering.getItemPaint(row, column);
      }
    };
    perBar.setShadowVisible(false);
    perBar.setDrawBarOutline(false);
    perBar.setBarPainter(new StandardBarPainter());
    plot.setRenderer(perBar);
    BufferedImage oneByOne = picture(figure.chart());
    int differing = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        if (gathered.getRGB(x, y) != oneByOne.getRGB(x, y)) {
          differing++;
        }
      }
    }
    assertEquals(0, differing, "pixels that differ");
  }

  private static BufferedImage picture(JFreeChart chart) {
    chart.setAntiAlias(false);
    chart.setTextAntiAlias(false);
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    g2.dispose();
    return image;
  }

  /** The number of rectangles a path's outline draws: one "M ... Z" each. */
  private static int rectangles(Element path) {
    String d = path.attr("d");
    return d.isEmpty() ? 0 : d.split("M", -1).length - 1;
  }

  /** Sefton's 2025 caseload across every council, as its brief draws it. */
  private static ChartFigure caseloadDistribution() {
    Council sefton = DATA.councils().current().stream().filter(c -> c.name().equals("Sefton"))
        .findFirst().orElseThrow();
    CouncilProfile profile = BriefProfiles.of(DATA).profile(sefton, 2025);
    IndicatorComparison caseload = profile.comparisons().stream().filter(BenchmarkSection::benchmarked)
        .filter(c -> c.indicator().label().toLowerCase(java.util.Locale.ROOT).contains("caseload"))
        .findFirst().orElseThrow();
    return BenchmarkSection.blocks(profile, BriefOptions.from(DATA, sefton), caseload).stream()
        .filter(b -> b instanceof ChartFigure f && f.caption().contains("across all councils"))
        .map(ChartFigure.class::cast).findFirst().orElseThrow();
  }
}
