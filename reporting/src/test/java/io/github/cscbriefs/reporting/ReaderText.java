package io.github.cscbriefs.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Every text of a composed brief that a reader sees or hears, block by block (no layout): the one
 * walk over a document's blocks that the tests of its words share.
 */
public final class ReaderText {

  private ReaderText() {}

  /** Everything: metadata, cover, contents title, and every section's text and charts' alt text. */
  public static List<String> of(BriefDocument brief) {
    List<String> texts = new ArrayList<>(List.of(brief.info().title(), brief.info().subject(),
        brief.info().runningHeader(), brief.info().dataVintage(), brief.coverTitle(), brief.contentsTitle()));
    brief.cover().forEach(b -> add(b, texts));
    brief.sections().forEach(s -> texts.addAll(of(s)));
    return texts;
  }

  /** A section's title and the text of its blocks, charts' alt text included. */
  public static List<String> of(Section section) {
    List<String> texts = new ArrayList<>(List.of(section.title()));
    section.blocks().forEach(b -> add(b, texts, true));
    return texts;
  }

  /**
   * The text drawn on the pages: cover, contents title, section titles and blocks, charts' captions
   * and tables, but not their alt text (read out, not drawn) nor the document's metadata.
   */
  public static List<String> drawn(BriefDocument brief) {
    List<String> texts = new ArrayList<>(List.of(brief.coverTitle(), brief.contentsTitle()));
    brief.cover().forEach(b -> add(b, texts, false));
    for (Section s : brief.sections()) {
      texts.add(s.title());
      s.blocks().forEach(b -> add(b, texts, false));
    }
    return texts;
  }

  private static void add(Block block, List<String> texts) {
    add(block, texts, true);
  }

  private static void add(Block block, List<String> texts, boolean altText) {
    if (block instanceof Heading h) {
      texts.add(h.text());
    } else if (block instanceof Paragraph p) {
      texts.add(p.text());
    } else if (block instanceof BulletList l) {
      l.items().forEach(p -> texts.add(p.text()));
    } else if (block instanceof Table t) {
      table(t, texts);
    } else if (block instanceof ChartFigure c) {
      if (altText) {
        texts.add(c.altText());
      }
      texts.add(c.caption());
      table(c.data(), texts);
    }
  }

  private static void table(Table t, List<String> texts) {
    t.columns().forEach(c -> texts.add(c.header()));
    t.rows().forEach(r -> r.forEach(c -> texts.add(c.shownText())));
  }
}
