package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefRenderer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One council's brief inputs, from the bundled official data, for the latest year: the same
 * profile and options feed both renderers. The clock is fixed so every run writes the same bytes.
 */
record BriefFixture(Dataset dataset, Council council, CouncilProfile profile, BriefOptions options,
    BriefRenderer renderer) {

  static final Instant CREATED = Instant.parse("2026-03-31T12:00:00Z");

  static BriefFixture of(String councilName) {
    return of(OfficialData.load(), councilName);
  }

  static BriefFixture of(Dataset dataset, String councilName) {
    Council council = dataset.councils().find(councilName)
        .orElseThrow(() -> new IllegalArgumentException("no council called " + councilName));
    int year = dataset.latestYear();
    CouncilProfile profile = BriefProfiles.of(dataset).profile(council, year);
    return new BriefFixture(dataset, council, profile, BriefOptions.from(dataset, council),
        BriefRenderer.withClock(Clock.fixed(CREATED, ZoneOffset.UTC)));
  }

  BriefDocument compose() {
    return renderer.compose(profile, options);
  }
}
