package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a fresh clone promises: the real version, and the licence the README names. */
class ReleaseFilesTest {

  @Test
  void versionPrintsTheProjectsVersion() {
    String expected = System.getProperty("csc.briefs.expectedVersion");
    assertNotNull(expected, "surefire passes the pom's version");
    StringWriter out = new StringWriter();
    int code = CscBriefsCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "--version");
    assertEquals(0, code);
    assertEquals("csc-briefs " + expected + "\n", out.toString());
  }

  @Test
  void theLicenceTheReadmePromisesIsTheFullApacheText() throws Exception {
    String licence = Files.readString(Path.of("..", "LICENSE"));
    assertTrue(licence.strip().startsWith("Apache License\n                           Version 2.0, January 2004"),
        licence.substring(0, 200));
    assertTrue(licence.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"));
    assertTrue(licence.contains("END OF TERMS AND CONDITIONS"));
    assertTrue(licence.contains("APPENDIX: How to apply the Apache License to your work."));
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("[LICENSE](LICENSE)"), "README links the licence file");
  }
}
