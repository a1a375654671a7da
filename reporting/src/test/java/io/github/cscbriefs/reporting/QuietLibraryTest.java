package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.testkit.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A caller's console stays quiet: loading the official data and making a brief, in a fresh JVM with
 * the library's dependencies and no logging set up, prints nothing — no Hibernate Validator INFO
 * line through java.util.logging, no "SLF4J(W): No SLF4J providers" warnings.
 */
class QuietLibraryTest {

  @Test
  void theLibraryPrintsNothingIntoACallersConsole() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", ChildJvm.classPath(Caller.class), Caller.class.getName())
        .redirectErrorStream(true).start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), output);
    assertEquals("made a brief\n", output);
  }

  /** What a library user's program does. */
  public static final class Caller {
    public static void main(String[] args) throws Exception {
      Dataset dataset = OfficialData.load();
      Council sefton = dataset.councils().find("Sefton").orElseThrow();
      byte[] pdf = BriefRenderer.withClock(Clock.systemUTC())
          .render(BriefProfiles.of(dataset).profile(sefton, 2021), BriefOptions.from(dataset, sefton));
      System.out.print(pdf.length > 10_000 ? "made a brief\n" : "no brief\n");
    }
  }
}
