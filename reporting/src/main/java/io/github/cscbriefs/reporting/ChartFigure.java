package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Expected;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn as vectors with real, searchable text, tagged Figure with alternative text, and
 * followed by its numbers as a table so that every reader can get at them.
 *
 * @param chart the chart; use {@link BriefTypeface} fonts so it matches the text
 * @param altText what the chart shows, in a sentence or two (the Figure's /Alt)
 * @param caption a short visible title for the chart's data table
 * @param data the chart's numbers
 * @param height the drawn height in points (the width is the text width)
 */
public record ChartFigure(JFreeChart chart, String altText, String caption, Table data,
    float height) implements Block {

  /** Validates the parts. */
  public ChartFigure {
    if (chart == null || data == null) {
      throw ReportingException.of("chartFigure", chart, "a chart and its data table");
    }
    altText = Texts.requireText("chartFigure.altText", altText);
    caption = Texts.requireText("chartFigure.caption", caption);
    if (!(height >= 60 && height <= 600)) {
      throw ReportingException.of("chartFigure.height", height, Expected.between(60, 600) + " points");
    }
  }
}
