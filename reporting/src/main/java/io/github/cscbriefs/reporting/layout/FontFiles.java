package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.ReportingException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The Liberation Sans font files, read once from the openpdf-fonts-extra artifact, never from the
 * machine, so every build and every reader sees the same glyphs. They are looked up through the
 * class loader: {@code Class.getResourceAsStream} would search only this module once it is named,
 * and the files live in the fonts artifact (an automatic module, whose packages are all open).
 */
public final class FontFiles {

  private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

  private FontFiles() {}

  /** The regular face's TrueType bytes. */
  public static byte[] regularBytes() {
    return Holder.REGULAR_BYTES.clone();
  }

  /** The bold face's TrueType bytes. */
  public static byte[] boldBytes() {
    return Holder.BOLD_BYTES.clone();
  }

  /** The regular face as an AWT font at 1 pt. */
  public static Font awtRegular() {
    return Holder.AWT_REGULAR;
  }

  /** The bold face as an AWT font at 1 pt. */
  public static Font awtBold() {
    return Holder.AWT_BOLD;
  }

  // Lazy holder: the files are read on first use, once per class loader.
  private static final class Holder {
    static final byte[] REGULAR_BYTES = read(REGULAR);
    static final byte[] BOLD_BYTES = read(BOLD);
    static final Font AWT_REGULAR = awt(REGULAR, REGULAR_BYTES);
    static final Font AWT_BOLD = awt(BOLD, BOLD_BYTES);
  }

  private static byte[] read(String resource) {
    try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw ReportingException.of("font " + resource, "missing",
            "the openpdf-fonts-extra artifact on the class path or module path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ReportingException("font " + resource, e);
    }
  }

  private static Font awt(String resource, byte[] bytes) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    } catch (FontFormatException | IOException e) {
      throw new ReportingException("font " + resource, e);
    }
  }
}
