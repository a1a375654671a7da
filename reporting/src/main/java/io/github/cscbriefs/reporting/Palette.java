package io.github.cscbriefs.reporting;

import java.awt.Color;
import java.util.List;

/**
 * Colours of every brief. Series colours are the Okabe-Ito palette, which readers with the common
 * colour-vision deficiencies can tell apart; text colours keep at least 4.5:1 contrast on white.
 */
public final class Palette {

  private Palette() {}

  /** Okabe-Ito blue: the council's own series. */
  public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  /** Okabe-Ito orange. */
  public static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  /** Okabe-Ito sky blue. */
  public static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  /** Okabe-Ito bluish green. */
  public static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
  /** Okabe-Ito vermillion. */
  public static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  /** Okabe-Ito reddish purple. */
  public static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
  /** Okabe-Ito yellow (fills only: too light for lines or text on white). */
  public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
  /** Neutral grey for comparators drawn behind the council, e.g. all councils. */
  public static final Color GREY = new Color(0x99, 0x99, 0x99);

  /** Body text. */
  public static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
  /** Headings and the cover band: dark blue, 11:1 on white. */
  public static final Color HEADING = new Color(0x0B, 0x3C, 0x5D);
  /** Secondary text (notes, header, footer): 7:1 on white. */
  public static final Color MUTED = new Color(0x4D, 0x4D, 0x4D);
  /** Table rules and light lines. */
  public static final Color RULE = new Color(0xB0, 0xB7, 0xBF);
  /** Table header and banding background. */
  public static final Color SHADE = new Color(0xE8, 0xEE, 0xF3);

  /** Series colours in the order they should be used: council first, then comparators. */
  public static List<Color> series() {
    return List.of(BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION);
  }
}
