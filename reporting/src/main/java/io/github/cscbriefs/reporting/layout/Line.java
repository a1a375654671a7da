package io.github.cscbriefs.reporting.layout;

import java.util.List;

/**
 * One wrapped line of text.
 *
 * @param pieces runs of one weight, in order; each but the first may start with a space, and the
 *     last ends with one where the line wraps at a space
 * @param width the line's width in points, without that last space
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
