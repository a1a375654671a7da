package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Palette;
import java.util.List;

/** The running header and footer of pages after the cover, all marked as pagination artifacts. */
final class Furniture {

  private static final float HEADER_BASELINE = PageGeometry.HEIGHT - 42f;
  private static final float HEADER_RULE = PageGeometry.HEIGHT - 50f;
  private static final float FOOTER_RULE = 50f;
  private static final float FOOTER_BASELINE = 38f;
  private static final float PAGE_NUMBER_WIDTH = 80f;

  private Furniture() {}

  static void draw(LaidOutPage page, DocumentInfo info, int number, int total,
      LineBreaker breaker) {
    Type type = Type.RUNNING;
    float right = PageGeometry.SIDE + PageGeometry.TEXT_WIDTH;
    String header = fit(info.runningHeader(), PageGeometry.TEXT_WIDTH, breaker);
    page.add(new Drawable.TextRun(PageGeometry.SIDE, HEADER_BASELINE, false, type.size(),
        type.color(), header, Artifact.PAGINATION));
    page.add(new Drawable.Rule(PageGeometry.SIDE, HEADER_RULE, right, HEADER_RULE, 0.5f,
        Palette.RULE, Artifact.PAGINATION));
    page.add(new Drawable.Rule(PageGeometry.SIDE, FOOTER_RULE, right, FOOTER_RULE, 0.5f,
        Palette.RULE, Artifact.PAGINATION));
    String pageText = "Page " + number + " of " + total;
    float pageWidth = breaker.width(pageText, false, type.size());
    page.add(new Drawable.TextRun(right - pageWidth, FOOTER_BASELINE, false, type.size(),
        type.color(), pageText, Artifact.PAGINATION));
    vintage(page, "Data: " + info.dataVintage(), breaker);
  }

  // At most two lines; anything longer is cut with an ellipsis rather than run into the margin.
  private static void vintage(LaidOutPage page, String text, LineBreaker breaker) {
    Type type = Type.RUNNING;
    float width = PageGeometry.TEXT_WIDTH - PAGE_NUMBER_WIDTH;
    List<Line> lines = breaker.wrap(text, false, type.size(), width);
    for (int i = 0; i < Math.min(2, lines.size()); i++) {
      String line = lines.get(i).text();
      if (i == 1 && lines.size() > 2) {
        line = fit(line + " " + lines.get(2).text(), width, breaker);
      }
      page.add(new Drawable.TextRun(PageGeometry.SIDE, FOOTER_BASELINE - i * type.leading(),
          false, type.size(), type.color(), line, Artifact.PAGINATION));
    }
  }

  /** The text, cut with an ellipsis if it is wider than {@code width}. */
  static String fit(String text, float width, LineBreaker breaker) {
    String clean = breaker.printable(text).strip().replaceAll("\\s+", " ");
    float size = Type.RUNNING.size();
    return breaker.width(clean, false, size) <= width ? clean
        : breaker.cutWithEllipsis(clean, false, size, width);
  }
}
