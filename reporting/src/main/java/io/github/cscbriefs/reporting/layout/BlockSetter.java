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

/**
 * Lays out blocks in the flow: headings kept with what follows them, paragraphs and lists split
 * between lines, charts kept whole with their data table after them.
 */
final class BlockSetter {

  private static final float BULLET_INDENT = 14f;
  private static final float CHART_GAP = 6f;

  private final Flow flow;
  private final LineBreaker breaker;
  private final TableSetter tables;
  private final List<Bookmark> subheadings = new ArrayList<>();

  BlockSetter(Flow flow, LineBreaker breaker) {
    this.flow = flow;
    this.breaker = breaker;
    this.tables = new TableSetter(flow, breaker);
  }

  /** Lays out the blocks as children of {@code parent}. */
  void setAll(List<Block> blocks, StructNode parent) {
    for (int i = 0; i < blocks.size(); i++) {
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      set(blocks.get(i), next, parent);
    }
  }

  /** Level 2 headings set since the last call, for the outline. */
  List<Bookmark> takeSubheadings() {
    List<Bookmark> taken = List.copyOf(subheadings);
    subheadings.clear();
    return taken;
  }

  private void set(Block block, Block next, StructNode parent) {
    if (block instanceof Heading h) {
      heading(h, next, parent);
    } else if (block instanceof Paragraph p) {
      paragraph(p, parent);
    } else if (block instanceof BulletList l) {
      list(l, parent);
    } else if (block instanceof Table t) {
      tables.set(t, parent);
    } else if (block instanceof ChartFigure c) {
      chart(c, parent);
    }
  }

  /** A heading of the given type, moved to a new page if what follows would be cut from it. */
  Bookmark heading(String text, Type type, String tag, float keepWith, StructNode parent) {
    List<Line> lines = breaker.wrap(text, true, type.size(), PageGeometry.TEXT_WIDTH);
    flow.spaceBefore(type.before());
    flow.ensure(lines.size() * type.leading() + type.after() + keepWith);
    Bookmark placed = new Bookmark(text, flow.pageIndex(), flow.y(), List.of());
    lines(lines, type, PageGeometry.SIDE, PageGeometry.TEXT_WIDTH, parent.add(tag));
    flow.down(Math.min(type.after(), flow.room()));
    return placed;
  }

  private void heading(Heading h, Block next, StructNode parent) {
    Type type = h.level() == 2 ? Type.H2 : Type.H3;
    float keep = next == null ? 0 : minimumHeight(next);
    Bookmark placed = heading(h.text(), type, "H" + h.level(), keep, parent);
    if (h.level() == 2) {
      subheadings.add(placed);
    }
  }

  void paragraph(Paragraph p, StructNode parent) {
    Type type = type(p.style());
    List<Line> lines = breaker.wrap(p.spans(), type.size(), PageGeometry.TEXT_WIDTH);
    lines(lines, type, PageGeometry.SIDE, PageGeometry.TEXT_WIDTH, parent.add("P"));
    flow.down(Math.min(type.after(), flow.room()));
  }

  private void list(BulletList list, StructNode parent) {
    StructNode l = parent.add("L");
    Type type = Type.BODY;
    float width = PageGeometry.TEXT_WIDTH - BULLET_INDENT;
    for (Paragraph item : list.items()) {
      List<Line> lines = breaker.wrap(item.spans(), type.size(), width);
      flow.ensure(type.leading());
      StructNode li = l.add("LI");
      flow.add(new Drawable.TextRun(PageGeometry.SIDE + 2, type.baseline(flow.y()), false,
          type.size(), type.color(), "\u2022", li.add("Lbl")));
      lines(lines, type, PageGeometry.SIDE + BULLET_INDENT, width, li.add("LBody"));
      flow.down(Math.min(3, flow.room()));
    }
    flow.down(Math.min(type.after() - 3, flow.room()));
  }

  private void chart(ChartFigure c, StructNode parent) {
    float height = Math.min(c.height(), PageGeometry.TEXT_HEIGHT * 0.6f);
    flow.ensure(height + CHART_GAP);
    float x = PageGeometry.SIDE;
    float bottom = flow.y() - height;
    StructNode figure = parent.add("Figure").withAltText(c.altText())
        .withBbox(x, bottom, x + PageGeometry.TEXT_WIDTH, flow.y());
    flow.add(new Drawable.Figure(x, bottom, PageGeometry.TEXT_WIDTH, height, c.chart(), figure));
    flow.down(height + CHART_GAP);
    Paragraph caption = Paragraph.of(c.caption(), TextStyle.NOTE);
    flow.ensure(Type.NOTE.leading() + tables.minimumHeight(c.data()));
    paragraph(caption, parent);
    tables.set(c.data(), parent);
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

  /** The least height a block needs on a page so that a heading is not left alone above it. */
  float minimumHeight(Block block) {
    if (block instanceof Heading h) {
      return (h.level() == 2 ? Type.H2 : Type.H3).leading() * 2;
    } else if (block instanceof Paragraph p) {
      return type(p.style()).leading() * 2;
    } else if (block instanceof Table t) {
      return tables.minimumHeight(t);
    } else if (block instanceof ChartFigure c) {
      return Math.min(c.height(), PageGeometry.TEXT_HEIGHT * 0.6f) + CHART_GAP;
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
