package io.github.cscbriefs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.SourceRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code OfficialData.builder().local(...)} reads councils' local evidence files and merges them
 * as the command line does, refuses the same file twice, and {@link Dataset#latestYear()} is the
 * latest year DfE published, not a year only a local file has.
 */
class OfficialDataLocalTest {

  private static final Path NEL = Path.of("..", "examples", "local", "north-east-lincolnshire.yaml");

  @Test
  void aLocalFileIsMergedAsReadingAndApplyingItByHand() {
    Dataset official = OfficialData.load();
    Dataset byHand = new LocalEvidenceReader(official.councils(), official.indicators()).read(NEL).applyTo(official);
    Dataset built = OfficialData.builder().local(NEL).load();
    assertEquals(byHand.inspectionsOf("812"), built.inspectionsOf("812"));
    assertEquals(byHand.interventionsOf("812"), built.interventionsOf("812"));
    assertEquals(byHand.planActionsOf("812"), built.planActionsOf("812"));
    assertEquals(byHand.sources(), built.sources());
    assertTrue(built.sources().stream().map(SourceRelease::file).anyMatch("north-east-lincolnshire.yaml"::equals),
        built.sources().toString());
    assertTrue(!built.planActionsOf("812").isEmpty());
  }

  @Test
  void theSameFileTwiceIsRefusedWhateverItsPathLooksLike() {
    Path again = Path.of("..", "examples", ".", "local", "..", "local", "north-east-lincolnshire.yaml");
    DataFileException e = assertThrows(DataFileException.class, () -> OfficialData.builder().local(NEL, again).load());
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("north-east-lincolnshire.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("each local evidence file once"), e.getMessage());
  }

  @Test
  void aFileGivenTwiceInTwoCallsIsRefusedToo() {
    DataFileException e = assertThrows(DataFileException.class,
        () -> OfficialData.builder().local(NEL).local(NEL).load());
    assertTrue(e.getMessage().contains("each local evidence file once"), e.getMessage());
  }

  @Test
  void theLatestYearIsTheLatestPublishedNotALocalFilesNewerYear(@TempDir Path dir) throws IOException {
    assertEquals(2025, OfficialData.load().latestYear());
    Path newer = Files.writeString(dir.resolve("sefton.yaml"), """
        council: Sefton
        workforce:
          - year: 2026
            caseload_fte: 19.4
        """);
    Dataset withNewer = OfficialData.builder().clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
        .local(newer).load();
    assertTrue(withNewer.years().contains(2026), withNewer.years().toString());
    assertEquals(2025, withNewer.latestYear());
  }
}
