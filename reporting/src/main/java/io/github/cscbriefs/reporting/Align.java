package io.github.cscbriefs.reporting;

/** Horizontal alignment of a table column's text. */
public enum Align {
  /** Flush left: text. */
  LEFT,
  /** Flush right: numbers. */
  RIGHT,
  /** Centred: symbols and short codes. */
  CENTRE
}
