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
 * choosing the detail band. Same text, same tables, the same JFreeChart objects. The rows follow the
 * document section by section and block by block, so the baseline prints what the brief prints,
 * in its order: every indicator of the profile's catalogue, however the brief groups them (by
 * judgement area, say), with no section list of its own to keep up to date.
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
      rows.addAll(table(table));
    } else if (block instanceof ChartFigure figure) {
      Map<String, Object> chart = row(figure.height() >= TALL_CHART ? "tallChart" : "chart",
          figure.altText());
      chart.put("chart", new JCommonDrawableRendererImpl(figure.chart()));
      rows.add(chart);
      rows.add(row("note", escape(figure.caption())));
      rows.addAll(table(figure.data()));
    } else {
      // Block is sealed: a new kind of block must be printed here, or the baseline would do less
      throw new IllegalArgumentException("no Jasper band for a " + block.getClass().getSimpleName());
    }
  }

  /**
   * A table as one subreport row, or, when it has more columns than {@code table.jrxml} has slots,
   * as several: each repeats the first column (the rows' labels) beside the next columns that fit.
   */
  private static List<Map<String, ?>> table(Table table) {
    int columns = table.columns().size();
    if (columns <= TABLE_SLOTS) {
      return List.of(table(table, allColumns(columns)));
    }
    List<Map<String, ?>> parts = new ArrayList<>();
    for (int from = 1; from < columns; from += TABLE_SLOTS - 1) {
      List<Integer> part = new ArrayList<>(List.of(0));
      for (int i = from; i < Math.min(columns, from + TABLE_SLOTS - 1); i++) {
        part.add(i);
      }
      parts.add(table(table, part));
    }
    return parts;
  }

  private static List<Integer> allColumns(int count) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(i);
    }
    return all;
  }

  private static Map<String, Object> table(Table table, List<Integer> columns) {
    List<Map<String, ?>> cells = new ArrayList<>();
    for (List<Cell> row : table.rows()) {
      Map<String, Object> cellRow = new HashMap<>();
      for (int slot = 0; slot < columns.size(); slot++) {
        Cell cell = row.get(columns.get(slot));
        cellRow.put("c" + slot, cell.shownText());
        cellRow.put("t" + slot, cell.status().map(rag -> hex(rag.tint())).orElse("#FFFFFF"));
      }
      cells.add(cellRow);
    }
    Map<String, Object> row = row("table", null);
    row.put("headers", columns.stream().map(i -> table.columns().get(i)).map(Column::header).toList());
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
