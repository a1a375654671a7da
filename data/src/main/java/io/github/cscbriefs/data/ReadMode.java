package io.github.cscbriefs.data;

/** How a reader treats rows it cannot read. File-level problems (a missing column, an empty file) always fail. */
public enum ReadMode {
  /** Fail with a {@link DataFileException} listing every problem in the file. */
  STRICT,
  /**
   * Skip each bad row and record it as a {@link io.github.cscbriefs.model.DataQualityNote}, returned
   * with the data so that the brief can say what was left out.
   */
  LENIENT
}
