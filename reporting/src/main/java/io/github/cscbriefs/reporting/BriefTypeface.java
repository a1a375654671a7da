package io.github.cscbriefs.reporting;

import io.github.cscbriefs.reporting.layout.FontFiles;
import java.awt.Font;

/**
 * The one typeface of every brief, Liberation Sans (SIL Open Font License 1.1, shipped in the
 * {@code com.github.librepdf:openpdf-fonts-extra} artifact), as AWT fonts for charts. The PDF
 * embeds the same font files, so chart text and body text match and chart text stays real,
 * searchable text.
 */
public final class BriefTypeface {

  private BriefTypeface() {}

  /** The regular face at the given size in points. */
  public static Font regular(float size) {
    return FontFiles.awtRegular().deriveFont(size);
  }

  /** The bold face at the given size in points. */
  public static Font bold(float size) {
    return FontFiles.awtBold().deriveFont(size);
  }
}
