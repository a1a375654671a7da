package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.Region;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefBatchTest {

  @TempDir Path dir;

  private static Council council(int i) {
    return new Council(String.valueOf(800 + i), List.of(), "Council " + i, Region.NORTH_WEST,
        CouncilType.UNITARY_AUTHORITY, true);
  }

  @Test
  void oneCouncilsFailureNeverStopsTheOthersAndLeavesNoPartialFile() throws Exception {
    List<Council> councils = IntStream.range(0, 6).mapToObj(BriefBatchTest::council).toList();
    StringWriter progress = new StringWriter();
    List<BriefCommand.Job> jobs = councils.stream().map(c -> new BriefCommand.Job(c, 2025)).toList();
    List<BriefCommand.Outcome> outcomes = BriefCommand.writeAll(jobs, job -> {
      Council c = job.council();
      if (c.laCode().equals("805")) {
        throw new IllegalStateException("no profile for " + c.name()); // fails while being made
      }
      byte[] brief = ("brief of " + c.name()).getBytes();
      return () -> { // fails while being stored
        Path file = dir.resolve(OutputFiles.safeName(c.name(), "pdf"));
        OutputFiles.writeAtomically(file, out -> {
          out.write(brief);
          if (c.laCode().equals("803")) {
            throw new IOException("No space left on device");
          }
        });
        return List.of(file);
      };
    }, new PrintWriter(progress, true));
    assertEquals(6, outcomes.size());
    assertEquals(List.of("No space left on device", "no profile for Council 5"), outcomes.stream()
        .filter(o -> !o.ok()).map(BriefCommand.Outcome::failure).toList());
    assertEquals(councils, outcomes.stream().map(BriefCommand.Outcome::council).toList(), "in the jobs' order");
    assertEquals("Council 3", outcomes.get(3).council().name());
    assertFalse(Files.exists(dir.resolve("council-3.pdf")));
    assertEquals("brief of Council 4", Files.readString(outcomes.get(4).files().get(0)));
    try (var files = Files.list(dir)) {
      assertEquals(4, files.count(), "four briefs, no temporary file");
    }
    assertTrue(progress.toString().contains("Briefs"), "a progress bar for more than one brief");
  }
}
