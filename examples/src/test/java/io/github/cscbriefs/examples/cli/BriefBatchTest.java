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
      Path file = dir.resolve(OutputFiles.safeName(c.name(), "pdf"));
      OutputFiles.writeAtomically(file, out -> {
        out.write(("brief of " + c.name()).getBytes());
        if (c.laCode().equals("803")) {
          throw new IOException("No space left on device");
        }
      });
      return List.of(file);
    }, new PrintWriter(progress, true));
    assertEquals(6, outcomes.size());
    assertEquals(List.of("No space left on device"), outcomes.stream().filter(o -> !o.ok())
        .map(BriefCommand.Outcome::failure).toList());
    assertEquals("Council 3", outcomes.get(3).council().name());
    assertFalse(Files.exists(dir.resolve("council-3.pdf")));
    try (var files = Files.list(dir)) {
      assertEquals(5, files.count(), "five briefs, no temporary file");
    }
    assertTrue(progress.toString().contains("Briefs"), "a progress bar for more than one brief");
  }
}
