package io.github.cscbriefs.reporting.layout;

import java.util.List;

/**
 * An outline entry.
 *
 * @param title the text shown in the bookmarks pane
 * @param page the zero-based page index
 * @param top the y coordinate of the heading's top
 * @param children entries beneath it
 */
public record Bookmark(String title, int page, float top, List<Bookmark> children) {

  /** Copies the children. */
  public Bookmark {
    children = List.copyOf(children);
  }
}
