package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

/**
 * Every colour a chart draws its data in has at least 3:1 contrast on the white plot (WCAG 2.1,
 * 1.4.11: England's orange had 2.25:1), and none has the hue of a red, amber or green status, so
 * no comparator is read as a status (England and the neighbours' mean were drawn in amber's
 * orange).
 */
class ChartColoursTest {

  /** Hues closer than this to a status tint's are that status's colour. */
  private static final float SAME_HUE_DEGREES = 25f;

  @Test
  void paletteSeriesMeetContrastAndAvoidStatusHues() {
    assertEquals(List.of(), problems(new LinkedHashSet<>(Palette.series()), "Palette.series()"));
  }

  @Test
  void everyChartOfRealBriefsDrawsInColoursThatMeetContrastAndAvoidStatusHues() {
    Dataset data = RealBriefs.withLocalEvidence();
    BriefRenderer renderer = BriefRenderer.withClock(RenderedSamples.CLOCK);
    List<String> problems = new ArrayList<>();
    int charts = 0;
    for (String la : List.of("812", "940", "343")) {
      Council council = data.councils().require(la);
      BriefDocument document = renderer.compose(BriefProfiles.of(data).profile(council, 2021),
          BriefOptions.from(data, council));
      for (Section section : document.sections()) {
        for (Block block : section.blocks()) {
          if (block instanceof ChartFigure figure) {
            charts++;
            problems.addAll(problems(paints(figure.chart()), la + " " + figure.caption()));
          }
        }
      }
    }
    assertTrue(charts > 30, "charts read: " + charts);
    assertEquals(List.of(), problems);
  }

  /** The colours of every data item drawn. */
  private static Set<Color> paints(JFreeChart chart) {
    Set<Color> colours = new LinkedHashSet<>();
    if (chart.getPlot() instanceof CategoryPlot plot) {
      for (int d = 0; d < plot.getDatasetCount(); d++) {
        CategoryItemRenderer r = plot.getRendererForDataset(plot.getDataset(d));
        for (int row = 0; row < plot.getDataset(d).getRowCount(); row++) {
          for (int column = 0; column < plot.getDataset(d).getColumnCount(); column++) {
            add(colours, r.getItemPaint(row, column));
          }
        }
      }
    } else if (chart.getPlot() instanceof XYPlot plot) {
      for (int d = 0; d < plot.getDatasetCount(); d++) {
        XYItemRenderer r = plot.getRendererForDataset(plot.getDataset(d));
        for (int series = 0; series < plot.getDataset(d).getSeriesCount(); series++) {
          for (int item = 0; item < plot.getDataset(d).getItemCount(series); item++) {
            add(colours, r.getItemPaint(series, item));
          }
        }
      }
    }
    return colours;
  }

  private static void add(Set<Color> colours, Paint paint) {
    assertTrue(paint instanceof Color, "a plain colour: " + paint);
    colours.add((Color) paint);
  }

  private static List<String> problems(Set<Color> colours, String where) {
    List<String> problems = new ArrayList<>();
    for (Color c : colours) {
      double contrast = contrast(c, Color.WHITE);
      if (contrast < 3.0) {
        problems.add(where + ": " + hex(c) + " has " + String.format("%.2f", contrast)
            + ":1 on white");
      }
      for (Rag rag : Rag.values()) {
        if (c.equals(rag.tint()) || sameHue(c, rag.tint())) {
          problems.add(where + ": " + hex(c) + " has the hue of " + rag.word());
        }
      }
    }
    return problems;
  }

  private static boolean sameHue(Color a, Color b) {
    float[] ha = Color.RGBtoHSB(a.getRed(), a.getGreen(), a.getBlue(), null);
    float[] hb = Color.RGBtoHSB(b.getRed(), b.getGreen(), b.getBlue(), null);
    if (ha[1] < 0.15f || hb[1] < 0.15f) {
      return false;
    }
    float degrees = Math.abs(ha[0] - hb[0]) * 360f;
    return Math.min(degrees, 360f - degrees) < SAME_HUE_DEGREES;
  }

  /** WCAG 2.1 contrast ratio. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(int value) {
    double v = value / 255.0;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  private static String hex(Color c) {
    return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
