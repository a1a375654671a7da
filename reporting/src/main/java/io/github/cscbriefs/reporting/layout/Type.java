package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.Palette;
import java.awt.Color;

/**
 * A text setting: size, line height, weight and colour, with the space kept around it.
 *
 * @param size font size in points
 * @param leading distance between baselines
 * @param bold whether bold
 * @param color text colour
 * @param before space above the block
 * @param after space below the block
 */
record Type(float size, float leading, boolean bold, Color color, float before, float after) {

  // Liberation Sans ascent and descent as fractions of the size (hhea table).
  private static final float ASCENT = 0.905f;
  private static final float DESCENT = 0.212f;

  static final Type COVER_TITLE = new Type(28, 34, true, Color.WHITE, 0, 6);
  static final Type H1 = new Type(19, 24, true, Palette.HEADING, 0, 10);
  static final Type H2 = new Type(13.5f, 18, true, Palette.HEADING, 12, 4);
  static final Type H3 = new Type(11, 15, true, Palette.HEADING, 8, 3);
  static final Type BODY = new Type(10, 14, false, Palette.TEXT, 0, 7);
  static final Type LEAD = new Type(13, 18, false, Palette.TEXT, 0, 9);
  static final Type NOTE = new Type(8.5f, 11.5f, false, Palette.MUTED, 0, 5);
  static final Type CELL = new Type(8.5f, 11, false, Palette.TEXT, 0, 0);
  static final Type TOC = new Type(11, 15, false, Palette.TEXT, 0, 0);
  static final Type RUNNING = new Type(8, 10, false, Palette.MUTED, 0, 0);

  /** The baseline of a line whose line box starts at {@code top}, centring the glyphs. */
  float baseline(float top) {
    float glyphs = (ASCENT + DESCENT) * size;
    return top - (leading - glyphs) / 2 - ASCENT * size;
  }
}
