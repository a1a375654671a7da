package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping. Whitespace is collapsed; a line that ends where the text had a space keeps
 * one space at its end (invisible, outside its width), so that text extraction, reflow and screen
 * readers get the words apart; a word wider than the line is broken between characters, in time
 * linear in its length, so that nothing runs past the margin; characters the font lacks become
 * '?'.
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
    lines.add(current.build(false));
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
    float wordWidth = w;
    if (!line.isEmpty()) {
      // A soft wrap at a space keeps the space, at the end of the line (drawn, but invisible and
      // not counted in the width), so that the text read from the page has its words apart.
      lines.add(line.build(space));
      line.reset();
      wordWidth = space ? measure.width(word, bold, line.size) : w;
    }
    if (wordWidth <= maxWidth) {
      line.append(word, bold, wordWidth);
    } else {
      breakWord(word, bold, line, lines, maxWidth);
    }
  }

  /**
   * Breaks a word wider than the line between characters, filling each line: each character is
   * measured once (widths add up: no kerning), so the time is linear in the word's length. At least
   * one code point goes on each line, so that a line narrower than one glyph still makes progress.
   */
  private void breakWord(String word, boolean bold, LineBuilder line, List<Line> lines,
      float maxWidth) {
    int start = 0;
    float width = 0;
    for (int i = 0; i < word.length(); ) {
      int next = word.offsetByCodePoints(i, 1);
      float glyph = measure.width(word.substring(i, next), bold, line.size);
      if (i > start && width + glyph > maxWidth) {
        line.append(word.substring(start, i), bold, width);
        lines.add(line.build(false));
        line.reset();
        start = i;
        width = 0;
      }
      width += glyph;
      i = next;
    }
    line.append(word.substring(start), bold, width);
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

    /** The line, its last piece ending in a space when {@code trailingSpace} (not in the width). */
    Line build(boolean trailingSpace) {
      int last = pieces.size() - 1;
      if (trailingSpace && last >= 0) {
        pieces.set(last, new Line.Piece(pieces.get(last).text() + " ", pieces.get(last).bold()));
      }
      return new Line(List.copyOf(pieces), width);
    }

    void reset() {
      pieces.clear();
      width = 0;
      pendingSpace = false;
    }
  }
}
