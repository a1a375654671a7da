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
    // Most text is drawn as it is: it is then returned as it is, without a copy.
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (shown(cp) != cp) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int shown = shown(cp);
      if (shown >= 0) {
        sb.appendCodePoint(shown);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** How {@link #printable} draws the code point: itself, a space, '?', or not at all (-1). */
  private int shown(int cp) {
    if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
      return ' ';
    }
    if (Character.getType(cp) == Character.FORMAT) {
      return -1;
    }
    return canShow(cp) ? cp : '?';
  }
}
