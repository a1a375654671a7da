package io.github.cscbriefs.reporting.layout;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The text as it is drawn ({@link TextMeasure#printable}). */
class PrintableProperties {

  /** A face that shows every code point below U+0250 but U+00A4, and none above. */
  private static final TextMeasure MEASURE = new TextMeasure() {
    @Override
    public float width(String text, boolean bold, float size) {
      return text.length() * size / 2;
    }

    @Override
    public boolean canShow(int codePoint) {
      return codePoint < 0x250 && codePoint != 0xA4;
    }
  };

  /** The rule as first written, one code point at a time, to compare with. */
  private static String reference(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        sb.append(' ');
      } else if (Character.getType(cp) == Character.FORMAT) {
        return;
      } else if (MEASURE.canShow(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('?');
      }
    });
    return sb.toString();
  }

  /** A newline, a tab, a zero-width space, a right-to-left override, a soft hyphen, U+00A4. */
  private static final List<Integer> SPECIAL = List.of(0x0A, 0x09, 0x200B, 0x202E, 0xAD, 0xA4);

  /** Code points mostly plain, with controls, format characters, unshowable and astral ones. */
  private static Gen<String> texts() {
    Gen<Integer> codePoint = integers().between(0, 9).zip(integers().between(0x20, 0x7E),
        integers().between(0, 0x10FFFF), (kind, plain, any) -> kind < 6 ? plain
            : kind == 6 ? SPECIAL.get(plain % SPECIAL.size()) : any);
    return lists().of(codePoint).ofSizeBetween(0, 40).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
  }

  @Test
  void drawsAnyTextAsTheRuleSays() {
    qt().forAll(texts()).check(t -> MEASURE.printable(t).equals(reference(t)));
  }

  @Test
  void returnsPrintableTextItselfWithoutACopy() {
    String plain = "Average caseload per FTE: 15.9 (England 15.2)";
    assertSame(plain, MEASURE.printable(plain));
  }
}
