package io.github.cscbriefs.reporting.layout;

/** Widths of text in the document's embedded fonts, so that layout and painting agree. */
public interface TextMeasure {

  /** The advance width of the text in points. */
  float width(String text, boolean bold, float size);

  /** Whether the font has a glyph for the code point. */
  boolean canShow(int codePoint);
}
