package io.github.cscbriefs.reporting.layout;

/** A4 portrait and the margins every page shares, in points. */
public final class PageGeometry {

  private PageGeometry() {}

  /** Page width: 210 mm. */
  public static final float WIDTH = 595.2756f;
  /** Page height: 297 mm. */
  public static final float HEIGHT = 841.8898f;
  /** Left and right margin: 20 mm. */
  public static final float SIDE = 56.6929f;
  /** Top of the text area, below the running header. */
  public static final float TOP = HEIGHT - 78f;
  /** Bottom of the text area, above the footer. */
  public static final float BOTTOM = 66f;
  /** Width of the text area. */
  public static final float TEXT_WIDTH = WIDTH - 2 * SIDE;
  /** Height of the text area. */
  public static final float TEXT_HEIGHT = TOP - BOTTOM;
}
