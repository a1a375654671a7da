package io.github.cscbriefs.reporting;

import java.util.ArrayList;
import java.util.List;

/** Every text of a composed brief that a reader sees or hears, block by block (no layout). */
final class ReaderText {

  private ReaderText() {}

  static List<String> of(BriefDocument brief) {
    List<String> texts = new ArrayList<>(List.of(brief.info().title(), brief.info().subject(),
        brief.info().runningHeader(), brief.info().dataVintage(), brief.coverTitle(), brief.contentsTitle()));
    brief.cover().forEach(b -> add(b, texts));
    brief.sections().forEach(s -> texts.addAll(of(s)));
    return texts;
  }

  static List<String> of(Section section) {
    List<String> texts = new ArrayList<>(List.of(section.title()));
    section.blocks().forEach(b -> add(b, texts));
    return texts;
  }

  private static void add(Block block, List<String> texts) {
    if (block instanceof Heading h) {
      texts.add(h.text());
    } else if (block instanceof Paragraph p) {
      texts.add(p.text());
    } else if (block instanceof BulletList l) {
      l.items().forEach(p -> texts.add(p.text()));
    } else if (block instanceof Table t) {
      table(t, texts);
    } else if (block instanceof ChartFigure c) {
      texts.add(c.altText());
      texts.add(c.caption());
      table(c.data(), texts);
    }
  }

  private static void table(Table t, List<String> texts) {
    t.columns().forEach(c -> texts.add(c.header()));
    t.rows().forEach(r -> r.forEach(c -> texts.add(c.shownText())));
  }
}
