package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping. Whitespace is collapsed; a word wider than the line is broken between
 * characters so that nothing runs past the margin; characters the font lacks become '?'.
 */
final class LineBreaker {

  private final TextMeasure measure;

  LineBreaker(TextMeasure measure) {
    this.measure = measure;
  }

  /** Wraps spans into lines no wider than {@code maxWidth} (at least one line, maybe empty). */
  List<Line> wrap(List<Span> spans, float size, float maxWidth) {
    List<Line> lines = new ArrayList<>();
    LineBuilder current = new LineBuilder(size);
    for (Span span : spans) {
      String text = printable(span.text());
      boolean spaceBefore = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
      for (String word : text.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        place(word, span.bold(), spaceBefore, current, lines, maxWidth);
        spaceBefore = true;
      }
      current.pendingSpace =
          !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    }
    lines.add(current.build());
    if (lines.size() > 1 && lines.get(lines.size() - 1).pieces().isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  float width(String text, boolean bold, float size) {
    return measure.width(text, bold, size);
  }

  /** Wraps plain text in one weight. */
  List<Line> wrap(String text, boolean bold, float size, float maxWidth) {
    return wrap(List.of(new Span(text, bold)), size, maxWidth);
  }

  private void place(String word, boolean bold, boolean spaceBefore, LineBuilder line,
      List<Line> lines, float maxWidth) {
    boolean space = !line.isEmpty() && (spaceBefore || line.pendingSpace);
    String candidate = (space ? " " : "") + word;
    float w = measure.width(candidate, bold, line.size);
    if (line.width + w <= maxWidth) {
      line.append(candidate, bold, w);
      return;
    }
    if (!line.isEmpty()) {
      lines.add(line.build());
      line.reset();
    }
    String rest = word;
    while (measure.width(rest, bold, line.size) > maxWidth) {
      int cut = longestFittingPrefix(rest, bold, line.size, maxWidth);
      String head = rest.substring(0, cut);
      line.append(head, bold, measure.width(head, bold, line.size));
      lines.add(line.build());
      line.reset();
      rest = rest.substring(cut);
    }
    line.append(rest, bold, measure.width(rest, bold, line.size));
  }

  // At least one code point, so that a line narrower than one glyph still makes progress.
  private int longestFittingPrefix(String word, boolean bold, float size, float maxWidth) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (measure.width(word.substring(0, next), bold, size) > maxWidth) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** The text as it is drawn: see {@link TextMeasure#printable}. */
  String printable(String text) {
    return measure.printable(text);
  }

  /**
   * The longest start of {@code text} that, followed by an ellipsis, is no wider than {@code
   * maxWidth}, with the ellipsis: for text that must be cut to one line.
   */
  String cutWithEllipsis(String text, boolean bold, float size, float maxWidth) {
    int end = text.length();
    while (end > 0 && measure.width(text.substring(0, end) + "\u2026", bold, size) > maxWidth) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end).strip() + "\u2026";
  }

  private static final class LineBuilder {
    final float size;
    final List<Line.Piece> pieces = new ArrayList<>();
    float width;
    boolean pendingSpace;

    LineBuilder(float size) {
      this.size = size;
    }

    boolean isEmpty() {
      return pieces.isEmpty();
    }

    void append(String text, boolean bold, float w) {
      int last = pieces.size() - 1;
      if (last >= 0 && pieces.get(last).bold() == bold) {
        pieces.set(last, new Line.Piece(pieces.get(last).text() + text, bold));
      } else {
        pieces.add(new Line.Piece(text, bold));
      }
      width += w;
      pendingSpace = false;
    }

    Line build() {
      return new Line(List.copyOf(pieces), width);
    }

    void reset() {
      pieces.clear();
      width = 0;
      pendingSpace = false;
    }
  }
}
