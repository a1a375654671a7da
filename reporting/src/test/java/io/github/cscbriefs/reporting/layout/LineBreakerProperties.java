package io.github.cscbriefs.reporting.layout;

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
            .allMatch(l -> l.width() <= width + 1e-3f || l.text().codePointCount(0,
                l.text().length()) == 1));
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

  private static float measured(Line line) {
    float w = 0;
    for (Line.Piece piece : line.pieces()) {
      w += MEASURE.width(piece.text(), piece.bold(), 9f);
    }
    return w;
  }

  private static String strip(String text) {
    return text.replaceAll("\\s+", "");
  }
}
