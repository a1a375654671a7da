package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command's console holds its own messages: libraries' logging is quiet, with or without --debug. */
class QuietLoggingTest {

  record Run(int exitCode, String output) {}

  private static Run main(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", childClassPath(), CscBriefsCommand.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
    return new Run(child.exitValue(), new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void anErrorIsTheOnlyLineWithoutDebug() throws Exception {
    Run r = main("metrics", "--la", "Atlantis");
    assertEquals(2, r.exitCode(), r.output());
    assertEquals("csc-briefs: unknown council 'Atlantis'; 'csc-briefs list' shows every council with its codes\n",
        r.output());
  }

  @Test
  void debugShowsTheStackTraceButNoLibraryChatter() throws Exception {
    Run r = main("metrics", "--la", "Atlantis", "--debug");
    assertEquals(2, r.exitCode(), r.output());
    assertTrue(r.output().startsWith("csc-briefs: unknown council 'Atlantis'"), r.output());
    assertTrue(r.output().contains("\tat "), "the stack trace");
    assertFalse(r.output().contains("org.hibernate") || r.output().contains("HV0"), r.output());
    assertFalse(r.output().contains("SLF4J"), r.output());
  }

  /** The main and test classes and every library (on surefire's module path java.class.path holds neither). */
  private static String childClassPath() throws Exception {
    String resource = QuietLoggingTest.class.getName().replace('.', '/') + ".class";
    Path root = Path.of(QuietLoggingTest.class.getResource("/" + resource).toURI());
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
}
