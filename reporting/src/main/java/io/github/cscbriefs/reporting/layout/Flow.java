package io.github.cscbriefs.reporting.layout;

import java.util.ArrayList;
import java.util.List;

/** The cursor moving down the text area, starting new pages as the content needs them. */
final class Flow {

  private final List<LaidOutPage> pages = new ArrayList<>();
  private LaidOutPage page;
  private float y;

  /** Starts a page; the cover's text area starts at {@code top}. */
  void newPage(boolean cover, float top) {
    page = new LaidOutPage(cover);
    pages.add(page);
    y = top;
  }

  void newPage() {
    newPage(false, PageGeometry.TOP);
  }

  /** Starts a new page unless {@code height} still fits on this one (or this one is empty). */
  void ensure(float height) {
    if (height > room() && !atTop()) {
      newPage();
    }
  }

  boolean atTop() {
    return y >= PageGeometry.TOP - 0.01f;
  }

  float room() {
    return y - PageGeometry.BOTTOM;
  }

  float y() {
    return y;
  }

  void down(float distance) {
    y -= distance;
  }

  /** Adds space above a block, but not at the top of a page. */
  void spaceBefore(float space) {
    if (!atTop()) {
      y -= Math.min(space, room());
    }
  }

  void add(Drawable drawable) {
    page.add(drawable);
  }

  int pageIndex() {
    return pages.size() - 1;
  }

  List<LaidOutPage> pages() {
    return pages;
  }
}
