package io.github.cscbriefs.reporting;

import java.util.Optional;

/**
 * A table body cell.
 *
 * @param text the cell text (may be empty)
 * @param status a red/amber/green status drawn as a tinted cell with its shape before the text
 * @param rowHeader whether this cell heads its row (tagged TH with Scope Row)
 */
public record Cell(String text, Optional<Rag> status, boolean rowHeader) {

  /** Validates the parts. */
  public Cell {
    if (text == null || status == null) {
      throw ReportingException.of("cell", text, "text and a status (or Optional.empty())");
    }
  }

  /** A plain cell. */
  public static Cell of(String text) {
    return new Cell(text, Optional.empty(), false);
  }

  /** A cell heading its row, e.g. the indicator's name. */
  public static Cell rowHeader(String text) {
    return new Cell(text, Optional.empty(), true);
  }

  /** A status cell whose text is the status word. */
  public static Cell status(Rag rag) {
    return new Cell(rag.word(), Optional.of(rag), false);
  }

  /** A status cell with its own text, which should still name the status. */
  public static Cell status(Rag rag, String text) {
    return new Cell(text, Optional.of(rag), false);
  }

  /** The text as drawn and read: the status shape (if any) then the text. */
  public String shownText() {
    return status.map(r -> r.symbol() + " " + text).orElse(text);
  }
}
