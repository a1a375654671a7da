package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.testkit.ChildJvm;
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
        "-cp", ChildJvm.classPath(QuietLoggingTest.class), CscBriefsCommand.class.getName()));
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
}
