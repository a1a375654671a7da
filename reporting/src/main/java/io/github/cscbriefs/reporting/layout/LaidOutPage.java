package io.github.cscbriefs.reporting.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page's placed items, in painting order. */
public final class LaidOutPage {

  private final boolean cover;
  private final List<Drawable> drawables = new ArrayList<>();

  LaidOutPage(boolean cover) {
    this.cover = cover;
  }

  /** Whether this is the cover, which has no running header or footer. */
  public boolean cover() {
    return cover;
  }

  /** The items in painting order (backgrounds before the text on them). */
  public List<Drawable> drawables() {
    return Collections.unmodifiableList(drawables);
  }

  void add(Drawable drawable) {
    drawables.add(drawable);
  }
}
