package io.github.cscbriefs.reporting;

import java.util.List;

/**
 * A titled part of the document: its title is a level 1 heading, an entry in the contents page
 * and a bookmark; its level 2 headings are bookmarks beneath it.
 *
 * @param title the section title
 * @param blocks its content in reading order
 * @param startsNewPage whether it begins at the top of a new page
 */
public record Section(String title, List<Block> blocks, boolean startsNewPage) {

  /** Validates and copies the parts. */
  public Section {
    title = Texts.requireText("section.title", title);
    blocks = Texts.requireList("section.blocks", blocks, false);
  }

  /** A section starting on a new page. */
  public static Section onNewPage(String title, List<Block> blocks) {
    return new Section(title, blocks, true);
  }

  /** A section that follows on from the previous one. */
  public static Section continuing(String title, List<Block> blocks) {
    return new Section(title, blocks, false);
  }
}
