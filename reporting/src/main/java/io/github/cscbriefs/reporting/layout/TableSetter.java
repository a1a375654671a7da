package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.Align;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Table;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out tables: the header row repeated (as an artifact) at the top of every page the table
 * continues on, at least three body rows on each side of a page break, rows kept whole when they
 * fit on a page, and a row taller than a page split between lines.
 */
final class TableSetter {

  private static final float PAD_X = 4f;
  private static final float PAD_Y = 3.5f;
  private static final float AFTER = 9f;
  /** Tables up to this share of a page are kept whole. */
  private static final float SHORT_TABLE = 0.3f;
  /** Body rows kept together at the start and at the end of a table split between pages. */
  static final int KEEP_ROWS = 3;
  /** Fewer rows than {@link #KEEP_ROWS} are no stub when they fill this share of a page. */
  static final float STUB = 0.25f;
  /**
   * A header cell is cut to this many lines, the last ending in an ellipsis, so that the header
   * repeated on a continuation page always leaves room for rows; the cell's full text is then its
   * alternate text in the structure.
   */
  static final int HEADER_LINES = 6;

  private final Flow flow;
  private final LineBreaker breaker;
  /**
   * Each table wrapped once, though it is measured before it is set and set in both of the
   * layout's passes (tables are immutable).
   */
  private final Map<Table, Grid> grids;

  TableSetter(Flow flow, LineBreaker breaker, Map<Table, Grid> grids) {
    this.flow = flow;
    this.breaker = breaker;
    this.grids = grids;
  }

  /**
   * The least a page must hold of a table: all of a short table (up to a {@value #SHORT_TABLE}
   * share of a page), which is kept on one page, or the header row and the rows that make more than
   * a stub ({@link #group}) of a long one.
   */
  float minimumHeight(Table table) {
    return minimumHeight(grid(table));
  }

  private Grid grid(Table table) {
    return grids.computeIfAbsent(table, t -> new Grid(t, breaker));
  }

  private float minimumHeight(Grid grid) {
    if (kept(grid)) {
      return grid.height();
    }
    float start = grid.headerHeight();
    for (int r = 0; r < group(grid, true); r++) {
      start += grid.rowHeight(r);
    }
    return start;
  }

  /**
   * What {@link #set} keeps at the top of its first page: {@link #minimumHeight}, and for a short
   * table kept whole also the {@code keepAfter} points that follow it; never more than a page.
   */
  float startHeight(Table table, float keepAfter) {
    Grid grid = grid(table);
    float start = minimumHeight(grid) + (kept(grid) && keepAfter > 0 ? AFTER + keepAfter : 0);
    return start <= PageGeometry.TEXT_HEIGHT ? start : minimumHeight(grid);
  }

  private static boolean kept(Grid grid) {
    return grid.height() <= PageGeometry.TEXT_HEIGHT * SHORT_TABLE;
  }

  /**
   * How many rows at the start (or end) of a table go on one page, so that a split leaves no
   * stub: {@value #KEEP_ROWS} rows, or fewer tall ones that fill a {@value #STUB} share of a page.
   */
  private static int group(Grid grid, boolean atStart) {
    int n = grid.rows.size();
    float height = 0;
    int count = 0;
    while (count < Math.min(KEEP_ROWS, n) && height < PageGeometry.TEXT_HEIGHT * STUB) {
      height += grid.rowHeight(atStart ? count : n - 1 - count);
      count++;
    }
    return count;
  }

  /**
   * Sets the table; its last rows are kept on one page with the {@code keepAfter} points that
   * follow it (a footnote), and a split leaves no stub ({@link #group}) on either side. A row is
   * kept whole when a page can hold it: a row split between pages would leave blank cells beside
   * the one that runs on.
   */
  void set(Table table, StructNode parent, float keepAfter) {
    Grid grid = grid(table);
    StructNode node = parent.add("Table");
    flow.ensure(startHeight(table, keepAfter));
    StructNode headerRow = node.add("TR");
    List<StructNode> headerCells = new ArrayList<>();
    for (int c = 0; c < grid.columns.size(); c++) {
      StructNode th = headerRow.add("TH").withScope("Column");
      headerCells.add(grid.headerCut[c] ? th.withAltText(grid.columns.get(c).header()) : th);
    }
    header(grid, headerCells);
    int n = grid.rows.size();
    int lastGroup = kept(grid) ? -1 : Math.max(n - group(grid, false), group(grid, true));
    for (int r = 0; r < n; r++) {
      if (r == lastGroup) {
        keepLastRows(grid, r, keepAfter);
      }
      row(grid, r, node.add("TR"));
    }
    flow.down(Math.min(AFTER, flow.room()));
  }

  /** Moves rows {@code from} to the end to a new page unless they fit here with what follows. */
  private void keepLastRows(Grid grid, int from, float keepAfter) {
    float tail = AFTER + keepAfter;
    for (int r = from; r < grid.rows.size(); r++) {
      tail += grid.rowHeight(r);
    }
    float freshRoom = PageGeometry.TEXT_HEIGHT - grid.headerHeight();
    if (tail > flow.room() && tail <= freshRoom) {
      continuePage(grid);
    }
  }

  private void header(Grid grid, List<StructNode> cells) {
    List<Mark> marks = new ArrayList<>(cells);
    slice(grid, grid.headerLines, marks, 0, grid.headerLineCount(), true, null);
  }

  // Repeated on continuation pages as an artifact: the header is already in the structure once.
  private void repeatHeader(Grid grid) {
    List<Mark> marks = new ArrayList<>();
    grid.columns.forEach(c -> marks.add(Artifact.LAYOUT));
    slice(grid, grid.headerLines, marks, 0, grid.headerLineCount(), true, null);
  }

  private void row(Grid grid, int r, StructNode tr) {
    List<Cell> cells = grid.table.rows().get(r);
    List<Mark> marks = new ArrayList<>();
    for (Cell cell : cells) {
      marks.add(cell.rowHeader() ? tr.add("TH").withScope("Row") : tr.add("TD"));
    }
    List<List<Line>> lines = grid.rows.get(r);
    int count = lines.stream().mapToInt(List::size).max().orElse(1);
    float whole = grid.rowHeight(r);
    float freshRoom = PageGeometry.TEXT_HEIGHT - grid.headerHeight();
    if (whole > flow.room() && whole <= freshRoom) {
      continuePage(grid);
    }
    int from = 0;
    while (from < count) {
      int fit = (int) Math.floor((flow.room() - 2 * PAD_Y) / Type.CELL.leading());
      if (fit < 1) {
        continuePage(grid);
        continue;
      }
      int to = Math.min(count, from + fit);
      slice(grid, lines, marks, from, to, false, cells);
      from = to;
    }
  }

  private void continuePage(Grid grid) {
    flow.newPage();
    repeatHeader(grid);
  }

  /** Draws lines [from, to) of every cell of one row as one band of the table. */
  private void slice(Grid grid, List<List<Line>> lines, List<Mark> marks, int from, int to,
      boolean header, List<Cell> cells) {
    float top = flow.y();
    float height = (to - from) * Type.CELL.leading() + 2 * PAD_Y;
    float x = PageGeometry.SIDE;
    for (int c = 0; c < grid.columns.size(); c++) {
      float w = grid.widths[c];
      Optional<Rag> status = cells == null ? Optional.empty() : cells.get(c).status();
      Color fill = header ? Palette.SHADE : status.map(Rag::tint).orElse(null);
      if (fill != null) {
        flow.add(new Drawable.Box(x, top - height, w, height, fill, Artifact.LAYOUT));
      }
      cellText(lines.get(c), from, to, x, w, top, header, grid.columns.get(c).align(),
          marks.get(c));
      x += w;
    }
    float rule = header ? 0.9f : 0.4f;
    flow.add(new Drawable.Rule(PageGeometry.SIDE, top - height, x, top - height, rule,
        header ? Palette.HEADING : Palette.RULE, Artifact.LAYOUT));
    flow.down(height);
  }

  private void cellText(List<Line> lines, int from, int to, float x, float w, float top,
      boolean bold, Align align, Mark mark) {
    Type type = Type.CELL;
    for (int i = from; i < Math.min(to, lines.size()); i++) {
      Line line = lines.get(i);
      float lineTop = top - PAD_Y - (i - from) * type.leading();
      float at = switch (align) {
        case LEFT -> x + PAD_X;
        case RIGHT -> x + w - PAD_X - line.width();
        case CENTRE -> x + (w - line.width()) / 2;
      };
      for (Line.Piece piece : line.pieces()) {
        boolean b = bold || piece.bold();
        flow.add(new Drawable.TextRun(at, type.baseline(lineTop), b, type.size(), type.color(),
            piece.text(), mark));
        at += breaker.width(piece.text(), b, type.size());
      }
    }
  }

  /** Column widths, every cell wrapped to its column, and the rows' heights. */
  static final class Grid {
    final Table table;
    final List<Column> columns;
    final float[] widths;
    final List<List<Line>> headerLines = new ArrayList<>();
    final List<List<List<Line>>> rows = new ArrayList<>();
    final boolean[] headerCut;
    private final int headerLineCount;
    private final float headerHeight;
    private final float[] rowHeights;
    private final float height;

    Grid(Table table, LineBreaker breaker) {
      this.table = table;
      this.columns = table.columns();
      double total = columns.stream().mapToDouble(Column::weight).sum();
      widths = new float[columns.size()];
      headerCut = new boolean[columns.size()];
      int headerLineCount = 1;
      for (int c = 0; c < widths.length; c++) {
        widths[c] = (float) (columns.get(c).weight() / total * PageGeometry.TEXT_WIDTH);
        List<Line> lines = wrap(breaker, columns.get(c).header(), true, c);
        headerCut[c] = lines.size() > HEADER_LINES;
        List<Line> shown = headerCut[c] ? cut(breaker, lines, c) : lines;
        headerLines.add(shown);
        headerLineCount = c == 0 ? shown.size() : Math.max(headerLineCount, shown.size());
      }
      this.headerLineCount = headerLineCount;
      headerHeight = headerLineCount * Type.CELL.leading() + 2 * PAD_Y;
      rowHeights = new float[table.rows().size()];
      float sum = headerHeight;
      for (List<Cell> row : table.rows()) {
        List<List<Line>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < row.size(); c++) {
          List<Line> cell = wrap(breaker, row.get(c).shownText(), false, c);
          wrapped.add(cell);
          lines = c == 0 ? cell.size() : Math.max(lines, cell.size());
        }
        rowHeights[rows.size()] = lines * Type.CELL.leading() + 2 * PAD_Y;
        sum += rowHeights[rows.size()];
        rows.add(wrapped);
      }
      height = sum;
    }

    private List<Line> wrap(LineBreaker breaker, String text, boolean bold, int column) {
      float inner = Math.max(widths[column] - 2 * PAD_X, 1f);
      return breaker.wrap(text, bold, Type.CELL.size(), inner);
    }

    /** The first {@link #HEADER_LINES} lines, the last shortened to end in an ellipsis. */
    private List<Line> cut(LineBreaker breaker, List<Line> lines, int column) {
      float inner = Math.max(widths[column] - 2 * PAD_X, 1f);
      float size = Type.CELL.size();
      String last = breaker.cutWithEllipsis(lines.get(HEADER_LINES - 1).text(), true, size, inner);
      List<Line> kept = new ArrayList<>(lines.subList(0, HEADER_LINES - 1));
      kept.addAll(breaker.wrap(last, true, size, inner));
      return kept;
    }

    int headerLineCount() {
      return headerLineCount;
    }

    float headerHeight() {
      return headerHeight;
    }

    float rowHeight(int r) {
      return rowHeights[r];
    }

    float height() {
      return height;
    }
  }
}
