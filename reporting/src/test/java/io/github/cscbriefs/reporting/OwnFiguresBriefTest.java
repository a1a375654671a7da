package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local file's figures for a year DfE has not published (the use the local file format documents):
 * North East Lincolnshire's own caseload of 35 for 2026 is shown as the council's own, beside DfE's
 * 2025 comparison, and no page calls it a DfE figure or ranks it.
 */
class OwnFiguresBriefTest {

  @TempDir Path dir;

  @Test
  void aLocalFilesNewerFiguresAreShownAsTheCouncilsOwnBesideThePublishedComparison() throws IOException {
    Dataset official = RealBriefs.dataset();
    int published = official.latestYear();
    int newer = published + 1;
    Path file = dir.resolve("nel.yaml");
    Files.writeString(file, "council: North East Lincolnshire\nworkforce:\n  - year: " + newer
        + "\n    caseload_fte: 35\n");
    Dataset data = new LocalEvidenceReader(official.councils(), official.indicators(), newer).read(file)
        .applyTo(official);
    Council nel = data.councils().require("812");
    CouncilProfile profile = BriefProfiles.of(data).profile(nel, newer);
    assertEquals(published, profile.year());

    List<String> pages = PdfPages.text(BriefRenderer.withClock(RenderedSamples.CLOCK)
        .render(profile, BriefOptions.from(data, nel)));
    String all = String.join("\n", pages);
    assertFalse(all.contains("DfE workforce figures at 30 September " + newer), "a council's own figures called DfE's");
    assertTrue(all.contains("DfE workforce figures at 30 September " + published), all);
    String own = pages.stream().filter(p -> p.contains("The council's own figures at 30 September " + newer))
        .findFirst().orElseThrow(() -> new AssertionError("no page shows the council's own figures"));
    assertTrue(own.contains("from its local evidence file"), own);
    assertFalse(own.contains("nel.yaml"), "the brief names the file by what it is, not its file name");
    // the row: the council's own 35.0 beside DfE's published value and England's, of the published year
    IndicatorComparison caseload = BriefProfiles.of(official).profile(nel, published)
        .comparison(Indicators.CASELOAD).orElseThrow();
    String row = own.lines().filter(l -> l.contains("Average caseload") && l.contains("35.0")).findFirst()
        .orElseThrow(() -> new AssertionError(own));
    assertTrue(row.contains(Wording.figure(caseload.value(), caseload.indicator().unit()) + " "
        + Wording.figure(caseload.england().comparator(), caseload.indicator().unit())), row);
    // the dashboard's band and status for caseload are the published year's, not "A ● Green" from a field of one
    assertEquals(caseload.standing(), profile.comparison(Indicators.CASELOAD).orElseThrow().standing());
  }

  @Test
  void aLocalFilesFiguresForAPublishedYearAreNeverCalledDfEs() throws IOException {
    Dataset official = RealBriefs.dataset();
    int published = official.latestYear();
    Path file = dir.resolve("nel-corrected.yaml");
    Files.writeString(file, "council: North East Lincolnshire\nworkforce:\n  - year: " + published
        + "\n    caseload_fte: 19.9\n");
    Dataset data = new LocalEvidenceReader(official.councils(), official.indicators(), published).read(file)
        .applyTo(official);
    Council nel = data.councils().require("812");
    CouncilProfile profile = BriefProfiles.of(data).profile(nel, published);
    BriefDocument document = BriefRenderer.withClock(RenderedSamples.CLOCK).compose(profile,
        BriefOptions.from(data, nel));
    String vintage = document.info().dataVintage();
    assertFalse(vintage.contains("DfE workforce figures"), vintage);
    assertTrue(vintage.startsWith("Council's own workforce figures at 30 September " + published), vintage);
    // the official data alone: DfE's
    CouncilProfile dfe = BriefProfiles.of(official).profile(nel, published);
    assertTrue(BriefRenderer.withClock(RenderedSamples.CLOCK).compose(dfe, BriefOptions.from(official, nel))
        .info().dataVintage().startsWith("DfE workforce figures"));
  }
}
