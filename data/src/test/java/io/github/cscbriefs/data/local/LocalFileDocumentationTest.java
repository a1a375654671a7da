package io.github.cscbriefs.data.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cscbriefs.data.DataFileException;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.CouncilDirectory;
import io.github.cscbriefs.model.CouncilType;
import io.github.cscbriefs.model.IndicatorCatalogue;
import io.github.cscbriefs.model.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in {@code data/LOCAL-FILE.md} is loaded as written. A fenced {@code yaml} or
 * {@code json} block is an example file, named {@code local.yaml} or {@code local.json}; it must
 * load, unless the next fenced block is a {@code text} block, which then holds the exact report
 * the reader must give for it.
 */
class LocalFileDocumentationTest {

  private static final Path DOC = Path.of("LOCAL-FILE.md");

  @TempDir Path dir;

  record Block(String language, String text, int line) {}

  static List<Block> blocks(List<String> markdown) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i);
      if (!line.startsWith("```")) {
        continue;
      }
      String language = line.substring(3).trim().toLowerCase(Locale.ROOT);
      int start = i + 1;
      StringBuilder text = new StringBuilder();
      for (i = start; i < markdown.size() && !markdown.get(i).startsWith("```"); i++) {
        text.append(markdown.get(i)).append('\n');
      }
      if (i == markdown.size()) {
        fail("LOCAL-FILE.md line " + start + ": fenced block never closed");
      }
      blocks.add(new Block(language, text.toString(), start));
    }
    return blocks;
  }

  private static CouncilDirectory directory() {
    return new CouncilDirectory(List.of(new Council("812", List.of("E06000012"),
        "North East Lincolnshire", Region.YORKSHIRE_AND_THE_HUMBER, CouncilType.UNITARY_AUTHORITY, true)),
        List.of(), List.of());
  }

  private Path write(Block example) throws IOException {
    Path file = dir.resolve("local." + example.language());
    Files.writeString(file, example.text());
    return file;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleLoadsOrGivesItsDocumentedReport() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(DOC));
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!block.language().equals("yaml") && !block.language().equals("json")) {
        continue;
      }
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      LocalEvidenceReader reader = new LocalEvidenceReader(directory(), IndicatorCatalogue.defaults());
      if (next != null && next.language().equals("text")) {
        tests.add(DynamicTest.dynamicTest("invalid example at LOCAL-FILE.md line " + block.line(), () -> {
          DataFileException e = assertThrows(DataFileException.class, () -> reader.read(write(block)));
          assertEquals(next.text().strip(), e.getMessage().strip());
        }));
      } else {
        tests.add(DynamicTest.dynamicTest("valid example at LOCAL-FILE.md line " + block.line(), () -> {
          try {
            assertNotNull(reader.read(write(block)).council());
          } catch (DataFileException e) {
            fail("the example at LOCAL-FILE.md line " + block.line() + " is rejected: " + e.getMessage());
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void theDocumentShowsValidAndInvalidExamplesInBothFormats() throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(DOC));
    assertTrue(blocks.stream().anyMatch(b -> b.language().equals("yaml")), "a YAML example");
    assertTrue(blocks.stream().anyMatch(b -> b.language().equals("json")), "a JSON example");
    assertTrue(blocks.stream().anyMatch(b -> b.language().equals("text")), "an invalid example and its report");
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).language().equals("text")) {
        assertFalse(i == 0 || blocks.get(i - 1).language().equals("text"),
            "LOCAL-FILE.md line " + blocks.get(i).line() + ": a report follows the example it reports on");
      }
    }
  }
}
