package io.github.cscbriefs.metrics;

import static io.github.cscbriefs.testkit.Fixtures.STEADY;
import static io.github.cscbriefs.testkit.Fixtures.STRETCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.SourceRelease;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import io.github.cscbriefs.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A council's own figures for a year no publication covers (a local file's newer figures) are
 * never ranked or compared as if published: the profile stays at the latest published year and
 * holds them beside it as the council's own, with their source.
 */
class OwnFiguresTest {

  private static final SourceRelease FILE = new SourceRelease("North East Lincolnshire", "Local evidence file",
      "supplied by the council", "nel.yaml");
  private static final int PUBLISHED = Fixtures.YEARS.get(Fixtures.YEARS.size() - 1);
  private static final int NEWER = PUBLISHED + 1;

  /** The fixture's data with STRETCHED's own caseload of 35 for the year after the last published one. */
  private static Dataset withOwnCaseload() {
    return Fixtures.dataset().toBuilder().ownFigures(List.of(Fixtures.councilReturn(STRETCHED, NEWER,
        Map.of(Workforce.CASELOAD_FTE, Value.of(35)))), FILE).build();
  }

  @Test
  void aYearOnlyTheCouncilsOwnFiguresCoverIsReportedAtTheLatestPublishedYear() {
    Dataset dataset = withOwnCaseload();
    assertTrue(dataset.years().contains(NEWER));
    assertEquals(PUBLISHED, dataset.publishedYears().get(dataset.publishedYears().size() - 1));
    BriefProfiles profiles = BriefProfiles.of(dataset);
    assertEquals(PUBLISHED, profiles.reportingYear(NEWER));
    CouncilProfile asked = profiles.profile(STRETCHED, NEWER);
    CouncilProfile published = BriefProfiles.of(Fixtures.dataset()).profile(STRETCHED, PUBLISHED);
    assertEquals(PUBLISHED, asked.year());
    assertEquals(PUBLISHED, asked.vintage().figures().year());
    // ranks, bands and England's figures are those of the published year, as without the file
    IndicatorComparison caseload = asked.comparison(Indicators.CASELOAD).orElseThrow();
    IndicatorComparison before = published.comparison(Indicators.CASELOAD).orElseThrow();
    assertEquals(before.value(), caseload.value());
    assertEquals(before.standing(), caseload.standing());
    assertEquals(before.england(), caseload.england());
    assertEquals(before.trend(), caseload.trend());
  }

  @Test
  void theCouncilsOwnNewerFiguresAreHeldBesideThePublishedOnesWithTheirSource() {
    CouncilProfile profile = BriefProfiles.of(withOwnCaseload()).profile(STRETCHED, PUBLISHED);
    assertEquals(1, profile.ownFigures().size());
    OwnFigures own = profile.ownFigures().get(0);
    assertEquals(NEWER, own.year());
    assertEquals(Workforce.PUBLICATION.period(NEWER), own.period());
    assertEquals(FILE, own.source());
    assertEquals(List.of(new OwnFigures.Figure(Indicators.CASELOAD, Value.of(35))), own.figures());
  }

  @Test
  void ownFiguresAreOnlyTheCouncilsAndOnlyBesideTheLatestPublishedYear() {
    BriefProfiles profiles = BriefProfiles.of(withOwnCaseload());
    assertTrue(profiles.profile(STEADY, NEWER).ownFigures().isEmpty());
    assertEquals(PUBLISHED, profiles.profile(STEADY, NEWER).year());
    // an earlier brief has published years between it and the council's own figures
    assertTrue(profiles.profile(STRETCHED, PUBLISHED - 1).ownFigures().isEmpty());
    assertTrue(BriefProfiles.of(Fixtures.dataset()).profile(STRETCHED, PUBLISHED).ownFigures().isEmpty());
  }
}
