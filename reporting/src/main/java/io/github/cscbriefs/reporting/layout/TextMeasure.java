package io.github.cscbriefs.reporting.layout;

/** Widths of text in the document's embedded fonts, so that layout and painting agree. */
public interface TextMeasure {

  /** The advance width of the text in points. */
  float width(String text, boolean bold, float size);

  /** Whether the font has a glyph for the code point. */
  boolean canShow(int codePoint);

  /**
   * The text as it is drawn: whitespace and control characters as spaces, invisible format
   * characters (bidirectional overrides, zero-width spaces, soft hyphens) left out, characters the
   * font lacks as '?' (one per code point), so that nothing is drawn as a missing-glyph box or
   * refused by the font, and text extraction does not reorder what follows a right-to-left
   * override.
   */
  default String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        sb.append(' ');
      } else if (Character.getType(cp) == Character.FORMAT) {
        return;
      } else if (canShow(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('?');
      }
    });
    return sb.toString();
  }
}
