package io.github.cscbriefs.reporting;

import io.github.cscbriefs.model.problem.Expected;

/**
 * A table column.
 *
 * @param header the header cell text (tagged TH with Scope Column)
 * @param weight the column's share of the table width, relative to the other columns
 * @param align how its cells are aligned
 */
public record Column(String header, float weight, Align align) {

  /** Validates the header and weight. */
  public Column {
    header = Texts.requireText("column.header", header);
    if (!(weight > 0) || Float.isInfinite(weight)) {
      throw ReportingException.of("column.weight", weight, "a positive finite number");
    }
    if (align == null) {
      throw ReportingException.of("column.align", null, Expected.instanceOf(Align.class));
    }
  }

  /** A left-aligned text column. */
  public static Column text(String header, float weight) {
    return new Column(header, weight, Align.LEFT);
  }

  /** A right-aligned number column. */
  public static Column number(String header, float weight) {
    return new Column(header, weight, Align.RIGHT);
  }
}
