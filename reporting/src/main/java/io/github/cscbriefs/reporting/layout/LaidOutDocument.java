package io.github.cscbriefs.reporting.layout;

import java.util.List;

/**
 * A document placed on pages: what to paint where, the logical structure it belongs to, and the
 * outline.
 *
 * @param pages the pages in order
 * @param structure the root of the logical structure (type Document)
 * @param bookmarks the outline entries
 */
public record LaidOutDocument(List<LaidOutPage> pages, StructNode structure,
    List<Bookmark> bookmarks) {

  /** Copies the lists. */
  public LaidOutDocument {
    pages = List.copyOf(pages);
    bookmarks = List.copyOf(bookmarks);
  }
}
