package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out blocks in the flow, so that no page is left with a stub: headings kept with what
 * follows them (and a heading followed by a heading with what follows both), paragraphs and lists
 * split between lines with at least two lines on each side, a chart kept on one page with its
 * caption and its table's start, and a footnote or a section's short last paragraph kept with the
 * end of the block before it.
 */
final class BlockSetter {

  private static final float BULLET_INDENT = 14f;
  private static final float CHART_GAP = 6f;
  private static final float ITEM_GAP = 3f;
  /** A paragraph of up to this many lines is never split, nor a footnote cut from its table. */
  static final int SHORT_LINES = 3;
  /** A section's last paragraph of up to this many lines goes whole with what it follows. */
  static final int LAST_WHOLE_LINES = 7;
  /** Lines kept together at the end of a section's last paragraph when it is split. */
  static final int LAST_TAIL_LINES = 4;

  private final Flow flow;
  private final LineBreaker breaker;
  private final TableSetter tables;
  private final List<Bookmark> subheadings = new ArrayList<>();
  /**
   * Each paragraph wrapped once, though it is measured before it is set and set in both of the
   * layout's passes (blocks are immutable).
   */
  private final Map<Paragraph, List<Line>> wraps;
  private final Map<ChartFigure, Paragraph> captions;

  BlockSetter(Flow flow, LineBreaker breaker, Wrapped wrapped) {
    this.flow = flow;
    this.breaker = breaker;
    this.wraps = wrapped.paragraphs;
    this.captions = wrapped.captions;
    this.tables = new TableSetter(flow, breaker, wrapped.tables);
  }

  /** Lays out the blocks as children of {@code parent}. */
  void setAll(List<Block> blocks, StructNode parent) {
    for (int i = 0; i < blocks.size(); i++) {
      set(blocks, i, parent);
    }
  }

  /** Level 2 headings set since the last call, for the outline. */
  List<Bookmark> takeSubheadings() {
    List<Bookmark> taken = List.copyOf(subheadings);
    subheadings.clear();
    return taken;
  }

  private void set(List<Block> blocks, int i, StructNode parent) {
    Block block = blocks.get(i);
    float keepAfter = keptAfter(blocks, i);
    if (block instanceof Heading h) {
      heading(h, blocks, i, parent);
    } else if (block instanceof Paragraph p) {
      paragraph(p, parent, keepAfter, i == blocks.size() - 1);
    } else if (block instanceof BulletList l) {
      list(l, parent, keepAfter);
    } else if (block instanceof Table t) {
      tables.set(t, parent, keepAfter);
    } else if (block instanceof ChartFigure c) {
      chart(c, parent, keepAfter);
    }
  }

  /**
   * The height that must go on the same page as the end of block {@code i}: all of the next block
   * when it is a short paragraph that belongs with what it follows, a footnote (a note of up to
   * {@value #SHORT_LINES} lines) or the last paragraph of its section (up to {@value
   * #LAST_WHOLE_LINES} lines), so that no page holds only a sentence or a footnote; else 0.
   */
  private float keptAfter(List<Block> blocks, int i) {
    if (i + 1 >= blocks.size() || !(blocks.get(i + 1) instanceof Paragraph next)
        || blocks.get(i) instanceof Heading) {
      return 0;
    }
    int lines = wrapped(next).size();
    boolean last = i + 1 == blocks.size() - 1;
    boolean kept = next.style() == TextStyle.NOTE && lines <= SHORT_LINES
        || last && lines <= LAST_WHOLE_LINES;
    return kept ? paragraphHeight(next, lines) : 0;
  }

  private List<Line> wrapped(Paragraph p) {
    return wraps.computeIfAbsent(p, q -> breaker.wrap(q.spans(), type(q.style()).size(),
        PageGeometry.TEXT_WIDTH));
  }

  private static float paragraphHeight(Paragraph p, int lines) {
    Type type = type(p.style());
    return lines * type.leading() + type.after();
  }

  /** A heading of the given type, moved to a new page if what follows would be cut from it. */
  Bookmark heading(String text, Type type, String tag, float keepWith, StructNode parent) {
    List<Line> lines = breaker.wrap(text, true, type.size(), PageGeometry.TEXT_WIDTH);
    flow.spaceBefore(type.before());
    float own = lines.size() * type.leading() + type.after();
    flow.ensure(own + keepWith <= PageGeometry.TEXT_HEIGHT ? own + keepWith : own);
    Bookmark placed = new Bookmark(text, flow.pageIndex(), flow.y(), List.of());
    lines(lines, type, PageGeometry.SIDE, PageGeometry.TEXT_WIDTH, parent.add(tag));
    flow.down(Math.min(type.after(), flow.room()));
    return placed;
  }

  private void heading(Heading h, List<Block> blocks, int i, StructNode parent) {
    Type type = h.level() == 2 ? Type.H2 : Type.H3;
    float keep = minimumHeight(blocks, i + 1);
    Bookmark placed = heading(h.text(), type, "H" + h.level(), keep, parent);
    if (h.level() == 2) {
      subheadings.add(placed);
    }
  }

  void paragraph(Paragraph p, StructNode parent) {
    paragraph(p, parent, 0, false);
  }

  /**
   * A paragraph, split between pages only between lines: at least two lines on each side (a
   * paragraph of up to {@value #SHORT_LINES} lines is kept whole), the last paragraph of a section
   * keeping {@value #LAST_TAIL_LINES} lines together at its end, and its last lines kept with the
   * {@code keepAfter} points that follow.
   */
  private void paragraph(Paragraph p, StructNode parent, float keepAfter, boolean lastInSection) {
    Type type = type(p.style());
    List<Line> lines = wrapped(p);
    int n = lines.size();
    int tail = lastInSection ? LAST_TAIL_LINES : 2;
    StructNode node = parent.add("P");
    for (int i = 0; i < n; i++) {
      if (i == 0) {
        ensure(n <= Math.max(SHORT_LINES, tail)
            ? n * type.leading() + (keepAfter > 0 ? type.after() + keepAfter : 0)
            : 2 * type.leading());
      } else if (n > SHORT_LINES && i == n - tail) {
        ensure(tail * type.leading() + (keepAfter > 0 ? type.after() + keepAfter : 0));
      }
      line(lines.get(i), type, PageGeometry.SIDE, node);
    }
    flow.down(Math.min(type.after(), flow.room()));
  }

  /** Starts a new page unless {@code height} fits here; a height no page holds is not asked. */
  private void ensure(float height) {
    if (height <= PageGeometry.TEXT_HEIGHT) {
      flow.ensure(height);
    }
  }

  private void line(Line line, Type type, float x, StructNode node) {
    flow.ensure(type.leading());
    pieces(line, x, type.baseline(flow.y()), type, node);
    flow.down(type.leading());
  }

  /** A list, each item's first two lines kept together and its last item with what follows. */
  private void list(BulletList list, StructNode parent, float keepAfter) {
    StructNode l = parent.add("L");
    Type type = Type.BODY;
    float width = PageGeometry.TEXT_WIDTH - BULLET_INDENT;
    List<Paragraph> items = list.items();
    for (int k = 0; k < items.size(); k++) {
      List<Line> lines = breaker.wrap(items.get(k).spans(), type.size(), width);
      float whole = lines.size() * type.leading() + ITEM_GAP;
      ensure(k == items.size() - 1 && keepAfter > 0 ? whole + type.after() - ITEM_GAP + keepAfter
          : Math.min(lines.size(), 2) * type.leading());
      flow.ensure(type.leading());
      StructNode li = l.add("LI");
      flow.add(new Drawable.TextRun(PageGeometry.SIDE + 2, type.baseline(flow.y()), false,
          type.size(), type.color(), "\u2022", li.add("Lbl")));
      lines(lines, type, PageGeometry.SIDE + BULLET_INDENT, width, li.add("LBody"));
      flow.down(Math.min(ITEM_GAP, flow.room()));
    }
    flow.down(Math.min(type.after() - ITEM_GAP, flow.room()));
  }

  /** A chart kept on one page with its caption and the start of its table (all of a short one). */
  private void chart(ChartFigure c, StructNode parent, float keepAfter) {
    float height = chartHeight(c);
    flow.ensure(chartStart(c, keepAfter));
    float x = PageGeometry.SIDE;
    float bottom = flow.y() - height;
    StructNode figure = parent.add("Figure").withAltText(c.altText())
        .withBbox(x, bottom, x + PageGeometry.TEXT_WIDTH, flow.y());
    flow.add(new Drawable.Figure(x, bottom, PageGeometry.TEXT_WIDTH, height, c.chart(), figure));
    flow.down(height + CHART_GAP);
    paragraph(caption(c), parent, 0, false);
    tables.set(c.data(), parent, keepAfter);
  }

  /** The chart, its caption and its table's start, or the chart alone if they fill no page. */
  private float chartStart(ChartFigure c, float keepAfter) {
    float together = chartHeight(c) + CHART_GAP + captionHeight(c)
        + tables.startHeight(c.data(), keepAfter);
    return together <= PageGeometry.TEXT_HEIGHT ? together : chartHeight(c) + CHART_GAP;
  }

  private Paragraph caption(ChartFigure c) {
    return captions.computeIfAbsent(c, f -> Paragraph.of(f.caption(), TextStyle.NOTE));
  }

  private float captionHeight(ChartFigure c) {
    Paragraph caption = caption(c);
    return paragraphHeight(caption, wrapped(caption).size());
  }

  private static float chartHeight(ChartFigure c) {
    return Math.min(c.height(), PageGeometry.TEXT_HEIGHT * 0.6f);
  }

  /** Places lines one under another, moving to a new page between lines when full. */
  void lines(List<Line> lines, Type type, float x, float width, StructNode node) {
    for (Line line : lines) {
      flow.ensure(type.leading());
      float baseline = type.baseline(flow.y());
      pieces(line, x, baseline, type, node);
      flow.down(type.leading());
    }
  }

  private void pieces(Line line, float x, float baseline, Type type, StructNode node) {
    float at = x;
    for (Line.Piece piece : line.pieces()) {
      boolean bold = type.bold() || piece.bold();
      flow.add(new Drawable.TextRun(at, baseline, bold, type.size(), type.color(), piece.text(),
          node));
      at += breaker.width(piece.text(), bold, type.size());
    }
  }

  /**
   * The least height block {@code i} needs on a page so that a heading is not left alone above
   * it: a heading needs its own lines and what it must keep with it in turn; a paragraph its
   * first lines as {@link #paragraph} keeps them; a list its first item's first two lines; a table
   * its start as {@link TableSetter#minimumHeight}; a chart itself, its caption and its table's
   * start. 0 past the end.
   */
  float minimumHeight(List<Block> blocks, int i) {
    if (i >= blocks.size()) {
      return 0;
    }
    Block block = blocks.get(i);
    if (block instanceof Heading h) {
      Type type = h.level() == 2 ? Type.H2 : Type.H3;
      int lines = breaker.wrap(h.text(), true, type.size(), PageGeometry.TEXT_WIDTH).size();
      return type.before() + lines * type.leading() + type.after() + minimumHeight(blocks, i + 1);
    } else if (block instanceof Paragraph p) {
      Type type = type(p.style());
      int lines = wrapped(p).size();
      float keepAfter = keptAfter(blocks, i);
      return lines <= SHORT_LINES
          ? lines * type.leading() + (keepAfter > 0 ? type.after() + keepAfter : 0)
          : 2 * type.leading();
    } else if (block instanceof BulletList l) {
      int lines = breaker.wrap(l.items().get(0).spans(), Type.BODY.size(),
          PageGeometry.TEXT_WIDTH - BULLET_INDENT).size();
      return Type.BODY.leading() * Math.min(lines, 2);
    } else if (block instanceof Table t) {
      return tables.startHeight(t, keptAfter(blocks, i));
    } else if (block instanceof ChartFigure c) {
      return chartStart(c, keptAfter(blocks, i));
    }
    return Type.BODY.leading() * 2;
  }

  static Type type(TextStyle style) {
    return switch (style) {
      case BODY -> Type.BODY;
      case LEAD -> Type.LEAD;
      case NOTE -> Type.NOTE;
    };
  }
}
