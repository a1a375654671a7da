package io.github.cscbriefs.reporting;

import java.util.Arrays;
import java.util.List;

/**
 * A bulleted list, tagged L with LI, Lbl and LBody.
 *
 * @param items the items in order (at least one)
 */
public record BulletList(List<Paragraph> items) implements Block {

  /** Validates and copies the items. */
  public BulletList {
    items = Texts.requireList("bulletList.items", items, true);
  }

  /** A list of plain-text items. */
  public static BulletList of(String... items) {
    return new BulletList(Arrays.stream(items).map(Paragraph::of).toList());
  }
}
