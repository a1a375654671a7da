package io.github.cscbriefs.data;

import java.time.Clock;
import java.time.Year;

/**
 * What a reader accepts beyond the shape of its file: how large the file may be, and the latest
 * reporting year it may describe.
 *
 * <p>Files are read as a stream and refused as soon as they pass {@code maxBytes}, so memory stays
 * bounded whatever is supplied. The default, {@value #DEFAULT_MAX_BYTES} bytes (50 MiB), is over a
 * hundred times the largest official file read here (the 2017–2025 workforce release is 0.3 MB).
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param latestYear the latest reporting year accepted: workforce figures are as at 30 September of
 *     their year and published months later, so a year after the current one cannot be real
 */
public record ReadLimits(long maxBytes, int latestYear) {

  /** The default size limit: 50 MiB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  public ReadLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
    }
  }

  /**
   * The default size limit, and no year after the current one by {@code clock}: the caller's clock
   * decides, so that a fixed clock gives the same answer whenever it is run.
   */
  public static ReadLimits of(Clock clock) {
    return new ReadLimits(DEFAULT_MAX_BYTES, Year.now(clock).getValue());
  }

  /** These limits with another size limit. */
  public ReadLimits withMaxBytes(long bytes) {
    return new ReadLimits(bytes, latestYear);
  }
}
