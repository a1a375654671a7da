package io.github.cscbriefs.reporting.layout;

import java.util.List;

/**
 * One wrapped line of text.
 *
 * @param pieces runs of one weight, in order; each but the first may start with a space
 * @param width the line's width in points
 */
record Line(List<Piece> pieces, float width) {

  /** A run of text in one weight. */
  record Piece(String text, boolean bold) {}

  String text() {
    StringBuilder sb = new StringBuilder();
    pieces.forEach(p -> sb.append(p.text()));
    return sb.toString();
  }
}
