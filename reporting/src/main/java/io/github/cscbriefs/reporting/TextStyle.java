package io.github.cscbriefs.reporting;

/** How a paragraph is set: size and colour. */
public enum TextStyle {
  /** Body text. */
  BODY,
  /** Larger introductory text, e.g. on the cover. */
  LEAD,
  /** Smaller secondary text: notes, sources, chart captions. */
  NOTE
}
