package io.github.cscbriefs.reporting;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
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
  private static Dataset withLocalEvidence;
  private static final Map<String, byte[]> RENDERED = new HashMap<>();

  private RealBriefs() {}

  static synchronized Dataset dataset() {
    if (dataset == null) {
      dataset = OfficialData.load();
    }
    return dataset;
  }

  /**
   * The official data with North East Lincolnshire's local evidence file (the example the CLI
   * uses): its earlier visits, interventions and improvement plan.
   */
  static synchronized Dataset withLocalEvidence() {
    if (withLocalEvidence == null) {
      Dataset official = dataset();
      withLocalEvidence = new LocalEvidenceReader(official.councils(), official.indicators())
          .read(Path.of("..", "examples", "local", "north-east-lincolnshire.yaml"))
          .applyTo(official);
    }
    return withLocalEvidence;
  }

  /** North East Lincolnshire's brief for {@code year} with its local evidence, rendered once. */
  static synchronized byte[] pdfWithLocalEvidence(int year) {
    Dataset data = withLocalEvidence();
    Council nel = data.councils().require("812");
    return RENDERED.computeIfAbsent("812-local-" + year, key -> keep(key + ".pdf",
        BriefRenderer.withClock(RenderedSamples.CLOCK).render(
            BriefProfiles.of(data).profile(nel, year), BriefOptions.from(data, nel))));
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

  static byte[] keep(String name, byte[] pdf) {
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
