package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Span;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.charts.renderers.JCommonDrawableRendererImpl;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The composed brief as the rows Jasper's {@code brief.jrxml} prints: one map per block, its kind
 * choosing the detail band. Same text, same tables, the same JFreeChart objects.
 */
final class JasperRows {

  /** Column slots in {@code table.jrxml}. */
  static final int TABLE_SLOTS = 9;

  private static final float TALL_CHART = 200f;

  private JasperRows() {}

  static List<Map<String, ?>> of(BriefDocument brief) {
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(row("cover", brief.coverTitle()));
    brief.cover().forEach(block -> add(rows, block));
    rows.add(row("break", null));
    rows.add(row("section", brief.contentsTitle()));
    for (int i = 0; i < brief.sections().size(); i++) {
      Map<String, Object> entry = row("contents", brief.sections().get(i).title());
      entry.put("anchor", "s" + i);
      rows.add(entry);
    }
    for (int i = 0; i < brief.sections().size(); i++) {
      Section section = brief.sections().get(i);
      if (section.startsNewPage()) {
        rows.add(row("break", null));
      }
      Map<String, Object> title = row("section", section.title());
      title.put("anchor", "s" + i);
      rows.add(title);
      section.blocks().forEach(block -> add(rows, block));
    }
    return rows;
  }

  private static void add(List<Map<String, ?>> rows, Block block) {
    if (block instanceof Heading h) {
      rows.add(row(h.level() == 2 ? "h2" : "h3", h.text()));
    } else if (block instanceof Paragraph p) {
      rows.add(row(p.style() == TextStyle.NOTE ? "note" : "p", styled(p)));
    } else if (block instanceof BulletList list) {
      list.items().forEach(item -> rows.add(row("bullet", styled(item))));
    } else if (block instanceof Table table) {
      rows.add(table(table));
    } else if (block instanceof ChartFigure figure) {
      Map<String, Object> chart = row(figure.height() >= TALL_CHART ? "tallChart" : "chart",
          figure.altText());
      chart.put("chart", new JCommonDrawableRendererImpl(figure.chart()));
      rows.add(chart);
      rows.add(row("note", escape(figure.caption())));
      rows.add(table(figure.data()));
    }
  }

  private static Map<String, Object> table(Table table) {
    if (table.columns().size() > TABLE_SLOTS) {
      throw new IllegalArgumentException("a table of " + table.columns().size()
          + " columns; table.jrxml has " + TABLE_SLOTS + " slots");
    }
    List<Map<String, ?>> cells = new ArrayList<>();
    for (List<Cell> row : table.rows()) {
      Map<String, Object> cellRow = new HashMap<>();
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        cellRow.put("c" + i, cell.shownText());
        cellRow.put("t" + i, cell.status().map(rag -> hex(rag.tint())).orElse("#FFFFFF"));
      }
      cells.add(cellRow);
    }
    Map<String, Object> row = row("table", null);
    row.put("headers", table.columns().stream().map(Column::header).toList());
    row.put("table", new JRMapCollectionDataSource(cells));
    return row;
  }

  private static Map<String, Object> row(String kind, String text) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", kind);
    row.put("text", text);
    return row;
  }

  /** Jasper's "styled" markup: bold spans in a style tag, the rest escaped. */
  private static String styled(Paragraph paragraph) {
    StringBuilder out = new StringBuilder();
    for (Span span : paragraph.spans()) {
      if (span.bold()) {
        out.append("<style isBold=\"true\">").append(escape(span.text())).append("</style>");
      } else {
        out.append(escape(span.text()));
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String hex(Color color) {
    return String.format("#%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
  }
}
