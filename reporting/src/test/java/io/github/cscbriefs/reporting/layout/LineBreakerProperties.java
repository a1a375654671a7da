package io.github.cscbriefs.reporting.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cscbriefs.reporting.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerProperties {

  // Proportional enough to matter: 'W' and 'M' are twice as wide as other characters.
  private static final TextMeasure MEASURE = new TextMeasure() {
    @Override
    public float width(String text, boolean bold, float size) {
      float w = 0;
      for (char c : text.toCharArray()) {
        w += (c == 'W' || c == 'M' ? 1.0f : 0.5f) * size * (bold ? 1.1f : 1f);
      }
      return w;
    }

    @Override
    public boolean canShow(int codePoint) {
      return codePoint != '~';
    }
  };

  private final LineBreaker breaker = new LineBreaker(MEASURE);

  @Test
  void noLineIsWiderThanTheMeasureUnlessItHoldsOneCharacter() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 300), floats().between(3f, 400f))
        .check((text, width) -> breaker.wrap(text, false, 10f, width).stream()
            .allMatch(l -> l.width() <= width + 1e-3f
                || l.text().stripTrailing().codePointCount(0,
                    l.text().stripTrailing().length()) == 1));
  }

  @Test
  void wrappingKeepsEveryVisibleCharacterInOrder() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 300), floats().between(3f, 400f))
        .check((text, width) -> {
          String joined = String.join("", breaker.wrap(text, true, 10f, width).stream()
              .map(Line::text).toList());
          return strip(joined).equals(strip(text.replace('~', '?')));
        });
  }

  @Test
  void aLineKnowsItsOwnWidth() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 200), floats().between(20f, 300f))
        .check((text, width) -> breaker.wrap(List.of(Span.bold(text), Span.plain(" " + text)),
            9f, width).stream().allMatch(l -> Math.abs(l.width() - measured(l)) < 1e-2f));
  }

  /**
   * Joined without separators, the lines give back the text with its whitespace collapsed: a
   * line that wraps at a space ends with that space, and a word broken between lines is joined
   * whole. Tagged text, reflow and screen readers read the lines this way ("averagecaseload" when
   * the space was dropped).
   */
  @Test
  void linesJoinedGiveBackTheWordsWithTheirSpaces() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 300), floats().between(3f, 400f))
        .check((text, width) -> String.join("", breaker.wrap(text, false, 10f, width).stream()
            .map(Line::text).toList()).equals(collapsed(text.replace('~', '?'))));
  }

  @Test
  void aWrappedSentenceKeepsTheSpaceAtEachWrap() {
    List<Line> lines = breaker.wrap("the average caseload on agency social workers", false, 10f,
        60f);
    assertTrue(lines.size() > 2, lines.toString());
    assertEquals("the average caseload on agency social workers",
        String.join("", lines.stream().map(Line::text).toList()));
    lines.subList(0, lines.size() - 1).forEach(l -> assertTrue(l.text().endsWith(" "), l::text));
  }

  /**
   * A 99,000-character word (issue 16: 148 pages, and layout slowed to a crawl) is broken at the
   * line width with each character measured once: the characters measured grow linearly with the
   * word, not with the word times its lines, and every line but the last is full.
   */
  @Test
  void anOverlongWordIsBrokenInLinearTime() {
    long[] measured = new long[1];
    TextMeasure counting = new TextMeasure() {
      @Override
      public float width(String text, boolean bold, float size) {
        measured[0] += text.length();
        return MEASURE.width(text, bold, size);
      }

      @Override
      public boolean canShow(int codePoint) {
        return true;
      }
    };
    int length = 99_000;
    float width = 400f;
    List<Line> lines = new LineBreaker(counting).wrap("x".repeat(length), false, 10f, width);
    int perLine = (int) (width / 5f);
    assertEquals((length + perLine - 1) / perLine, lines.size());
    assertTrue(measured[0] <= 3L * length, measured[0] + " characters measured for " + length);
  }

  private static String collapsed(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** A line's width is that of its text, without the invisible space it may end with. */
  private static float measured(Line line) {
    float w = 0;
    List<Line.Piece> pieces = line.pieces();
    for (int i = 0; i < pieces.size(); i++) {
      String text = pieces.get(i).text();
      w += MEASURE.width(i == pieces.size() - 1 ? text.stripTrailing() : text,
          pieces.get(i).bold(), 9f);
    }
    return w;
  }

  private static String strip(String text) {
    return text.replaceAll("\\s+", "");
  }
}
