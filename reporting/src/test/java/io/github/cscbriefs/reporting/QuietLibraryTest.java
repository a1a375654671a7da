package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
        "-Djava.awt.headless=true", "-cp", childClassPath(), Caller.class.getName())
        .redirectErrorStream(true).start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), output);
    assertEquals("made a brief\n", output);
  }

  /** The test and main classes and every library they use (surefire may put them on the module path). */
  private static String childClassPath() throws Exception {
    String resource = Caller.class.getName().replace('.', '/') + ".class";
    Path root = Path.of(Caller.class.getResource("/" + resource).toURI());
    for (int i = 0; i < resource.split("/").length; i++) {
      root = root.getParent();
    }
    List<String> entries = new ArrayList<>(List.of(root.toString()));
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String path = System.getProperty(property);
      if (path != null && !path.isEmpty()) {
        entries.add(path);
      }
    }
    return String.join(File.pathSeparator, entries);
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
