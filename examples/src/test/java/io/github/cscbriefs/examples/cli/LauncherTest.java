package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./csc-briefs} launcher's first run, on a copy of the script in an empty folder (so it
 * has to build) with a PATH holding only the tools it needs, and a stand-in for Maven. Nothing is
 * built for real.
 */
class LauncherTest {

  @TempDir Path dir;
  private Path project;
  private Path bin;

  record Run(int exitCode, String err) {}

  @BeforeEach
  void copyTheLauncher() throws IOException {
    project = Files.createDirectories(dir.resolve("project"));
    Files.copy(Path.of("..", "csc-briefs"), project.resolve("csc-briefs"));
    bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("dirname", "find", "mktemp", "sleep", "tail", "rm", "mv")) {
      link(tool);
    }
  }

  private void link(String tool) throws IOException {
    for (String folder : System.getenv("PATH").split(":")) {
      Path found = Path.of(folder, tool);
      if (Files.isExecutable(found)) {
        Files.createSymbolicLink(bin.resolve(tool), found.toRealPath());
        return;
      }
    }
    throw new IllegalStateException(tool + " is not on the PATH");
  }

  private void fakeMaven(String script) throws IOException {
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/bash\n" + script + "\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Run launch() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/bash", project.resolve("csc-briefs").toString());
    builder.environment().put("PATH", bin.toString());
    builder.environment().put("HOME", dir.toString());
    builder.environment().put("TMPDIR", dir.toString());
    builder.environment().put("CSC_BRIEFS_PROGRESS_SECONDS", "1");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    return new Run(process.exitValue(), err);
  }

  @Test
  void withoutJavaItSaysWhatToInstall() throws Exception {
    Run r = launch();
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("csc-briefs: Java 17 or later is needed and 'java' is not on the PATH.\n"), r.err());
    assertTrue(r.err().contains("openjdk-17"), r.err());
  }

  @Test
  void withoutMavenItSaysWhatToInstall() throws Exception {
    link("java");
    Run r = launch();
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().contains("'mvn' is not on the PATH"), r.err());
    assertTrue(r.err().contains("Install Maven 3.8 or later"), r.err());
    assertFalse(r.err().contains("command not found") || r.err().contains("mvn -B verify"), r.err());
  }

  @Test
  void aBuildSaysWhatItIsDoingAndRoughlyHowLongThenKeepsTalking() throws Exception {
    link("java");
    fakeMaven("sleep 2.5\necho '[ERROR] Could not resolve dependencies for project csc-briefs-examples' >&2\nexit 1");
    Run r = launch();
    assertEquals(1, r.exitCode(), r.err());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("csc-briefs: building the command with Maven")
        && lines.get(0).contains("about 3 to 5 minutes the first time"), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("csc-briefs: still building (")), r.err());
    assertTrue(r.err().contains("csc-briefs: the build failed (exit 1); its last lines are below"), r.err());
    assertTrue(r.err().contains("[ERROR] Could not resolve dependencies"), "the build's own error is shown");
  }
}
