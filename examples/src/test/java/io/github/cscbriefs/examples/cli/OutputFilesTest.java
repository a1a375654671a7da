package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path dir;

  @Test
  void namesAreDerivedFromTheCouncilWithoutPathTricks() {
    assertEquals("north-east-lincolnshire.pdf", OutputFiles.safeName("North East Lincolnshire", "pdf"));
    assertEquals("north-east-lincolnshire-2021.pdf", OutputFiles.safeName("North East Lincolnshire", 2021, "pdf"));
    assertEquals("a".repeat(80) + "-2021.pdf", OutputFiles.safeName("a".repeat(120), 2021, "pdf"));
    assertEquals("kingston-upon-thames-richmond-upon-thames.pdf",
        OutputFiles.safeName("Kingston upon Thames / Richmond upon Thames", "pdf"));
    assertEquals("etc-passwd.pdf", OutputFiles.safeName("../../etc/passwd", "pdf"));
    assertEquals("st-helens.pdf", OutputFiles.safeName("St. Helens", "pdf"));
    assertEquals("council.pdf", OutputFiles.safeName("..//..", "pdf"));
    assertEquals("bournemouth-christchurch-and-poole.pdf",
        OutputFiles.safeName("Bournemouth, Christchurch & Poole", "pdf"));
  }

  @Test
  void aCompletedWriteReplacesTheFileWhole() throws IOException {
    Path target = dir.resolve("brief.pdf");
    Files.writeString(target, "old");
    OutputFiles.writeAtomically(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    assertEquals(1, count(dir));
  }

  @Test
  void aFailedWriteLeavesNoFileAndNoTemporary() throws IOException {
    Path target = dir.resolve("brief.pdf");
    assertThrows(IOException.class, () -> OutputFiles.writeAtomically(target, out -> {
      out.write(new byte[1024]);
      throw new IOException("disk full");
    }));
    assertFalse(Files.exists(target));
    assertEquals(0, count(dir));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
