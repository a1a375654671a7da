package io.github.cscbriefs.reporting.layout;

import java.awt.Color;
import org.jfree.chart.JFreeChart;

/** One thing placed on a page, in PDF coordinates (points, origin bottom left). */
public sealed interface Drawable {

  /** What the item belongs to. */
  Mark mark();

  /** A run of text in one font on one baseline. */
  record TextRun(float x, float baseline, boolean bold, float size, Color color, String text,
      Mark mark) implements Drawable {}

  /** A filled rectangle. */
  record Box(float x, float y, float width, float height, Color fill, Mark mark)
      implements Drawable {}

  /** A straight line. */
  record Rule(float x1, float y1, float x2, float y2, float lineWidth, Color color, Mark mark)
      implements Drawable {}

  /** A chart drawn as vectors into the box whose lower left corner is (x, y). */
  record Figure(float x, float y, float width, float height, JFreeChart chart, StructNode mark)
      implements Drawable {}

  /**
   * A clickable area linking to a place in the document (an annotation, not content).
   *
   * @param targetPage the zero-based page index of the target
   * @param targetTop the y coordinate to show at the top of the window
   * @param description what the link leads to (the annotation's /Contents)
   */
  record LinkArea(float x, float y, float width, float height, int targetPage, float targetTop,
      String description, StructNode mark) implements Drawable {}
}
