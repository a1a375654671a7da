package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one layout wraps once for both its passes: a paragraph's lines, a table's cells and a chart's
 * caption depend on their text and width, never on where on a page they fall, and the document's
 * blocks are immutable. The second pass, which knows the contents' page numbers, sets the same
 * wrapped lines again.
 */
final class Wrapped {
  final Map<Paragraph, List<Line>> paragraphs = new IdentityHashMap<>();
  final Map<Table, TableSetter.Grid> tables = new IdentityHashMap<>();
  final Map<ChartFigure, Paragraph> captions = new IdentityHashMap<>();
}
