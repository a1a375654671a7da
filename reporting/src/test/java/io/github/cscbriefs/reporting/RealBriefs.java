package io.github.cscbriefs.reporting;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Briefs of real councils from the bundled official data, rendered once per test run and kept in
 * target/rendered for looking at.
 */
final class RealBriefs {

  private static Dataset dataset;
  private static final Map<String, byte[]> RENDERED = new HashMap<>();

  private RealBriefs() {}

  static synchronized Dataset dataset() {
    if (dataset == null) {
      dataset = OfficialData.load();
    }
    return dataset;
  }

  static Council council(String laCode) {
    return dataset().councils().require(laCode);
  }

  static CouncilProfile profile(String laCode, int year) {
    return BriefProfiles.of(dataset()).profile(council(laCode), year);
  }

  static BriefOptions options(String laCode) {
    return BriefOptions.from(dataset(), council(laCode));
  }

  /** The brief of council {@code laCode} for {@code year}, rendered once. */
  static synchronized byte[] pdf(String laCode, int year) {
    return RENDERED.computeIfAbsent(laCode + "-" + year, key -> keep(key + ".pdf",
        BriefRenderer.withClock(RenderedSamples.CLOCK).render(profile(laCode, year),
            options(laCode))));
  }

  private static byte[] keep(String name, byte[] pdf) {
    try {
      Path dir = Path.of("target", "rendered");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
