package io.github.cscbriefs.reporting;

import java.awt.Color;
import java.util.List;

/**
 * Colours of every brief. Chart series are {@link #series()}: each has at least 3:1 contrast on
 * the white plot (WCAG 2.1, 1.4.11 non-text contrast), none has the hue of a red, amber or green
 * status ({@link Rag}), so a comparator is never read as a status, and each line also has its own
 * dash pattern, so no reader depends on telling the colours apart. Text colours keep at least 4.5:1
 * contrast on white. The Okabe-Ito colours below the series are for fills and marks only: orange,
 * sky blue and yellow are under 3:1 on white, and orange, vermillion and bluish green share the
 * status hues.
 */
public final class Palette {

  private Palette() {}

  /** Okabe-Ito blue: the council's own series. */
  public static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  /** Charcoal, 8.5:1 on white: England's series. */
  public static final Color CHARCOAL = new Color(0x4D, 0x4D, 0x4D);
  /** Indigo (Paul Tol's muted scheme), 12.2:1 on white: the region's series. */
  public static final Color INDIGO = new Color(0x33, 0x22, 0x88);
  /**
   * Purple (Paul Tol's muted scheme), 5.3:1 on white: the neighbours' mean, and the comparators
   * among the bars of a benchmark chart.
   */
  public static final Color PURPLE = new Color(0xAA, 0x44, 0x99);
  /** Okabe-Ito orange (fills only: 2.25:1 on white, and amber's hue). */
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
  /** Neutral grey for the bars drawn behind the council, e.g. all councils: 3.4:1 on white. */
  public static final Color GREY = new Color(0x8C, 0x8C, 0x8C);

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

  /**
   * Series colours in the order they should be used: the council (blue), England (charcoal), the
   * region (indigo), the neighbours' mean (purple); then grey for the rest.
   */
  public static List<Color> series() {
    return List.of(BLUE, CHARCOAL, INDIGO, PURPLE, GREY);
  }
}
