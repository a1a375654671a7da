package io.github.cscbriefs.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Region;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brief --format}: both editions by default under one file name stem, one alone when asked;
 * {@code --region} adds {@code index.html} and {@code index.csv}; and every page the command writes
 * passes the Nu HTML checker with no error (the three stories, one with its local file, the Isles of
 * Scilly, a combined return, and a region's index).
 */
class HtmlEditionTest {

  @TempDir Path dir;

  @Test
  void writesBothEditionsUnderOneStemByDefaultAndOneWhenAsked() {
    Path both = dir.resolve("both");
    CommandRun run = CommandRun.of("brief", "--la", "Sefton", "--year", "2021", "--out", both.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("sefton-2021.html", "sefton-2021.pdf"), names(both));
    assertTrue(run.out().contains(both.resolve("sefton-2021.html").toAbsolutePath().toString()), run.out());
    Path html = dir.resolve("html");
    assertEquals(0, CommandRun.of("brief", "--la", "343", "--year", "2021", "--format", "HTML",
        "--out", html.toString()).exitCode());
    assertEquals(List.of("sefton-2021.html"), names(html));
    Path pdf = dir.resolve("pdf");
    assertEquals(0, CommandRun.of("brief", "--la", "343", "--year", "2021", "--format", "pdf",
        "--out", pdf.toString()).exitCode());
    assertEquals(List.of("sefton-2021.pdf"), names(pdf));
    CommandRun bad = CommandRun.of("brief", "--la", "343", "--format", "docx", "--out", pdf.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("expected pdf, html or both, but was 'docx'"), bad.err());
  }

  @Test
  void theStoriesATinyCouncilAndACombinedReturnAreValidHtml() throws Exception {
    Path out = dir.resolve("stories");
    assertEquals(0, CommandRun.of("brief", "--la", "812", "--year", "2020", "--local",
        Path.of("local", "north-east-lincolnshire.yaml").toString(), "--format", "html",
        "--out", out.toString()).exitCode());
    assertEquals(0, CommandRun.of("brief", "--la", "343", "--year", "2021", "--format", "html",
        "--out", out.toString()).exitCode());
    assertEquals(0, CommandRun.of("brief", "--la", "940", "--la", "420", "--la", "314", "--year", "2025",
        "--format", "html", "--out", out.toString()).exitCode());
    List<String> pages = names(out);
    assertEquals(List.of("isles-of-scilly-2025.html", "kingston-upon-thames-2025.html",
        "north-east-lincolnshire-2020.html", "north-northamptonshire-2025.html", "sefton-2021.html"), pages);
    for (String page : pages) {
      assertEquals(List.of(), errors(Files.readString(out.resolve(page))), page);
    }
  }

  @Test
  void aRegionGetsAnIndexOfEveryCouncilThatIsValidHtmlAndExcelsCsv() throws Exception {
    Path out = dir.resolve("region");
    CommandRun run = CommandRun.of("brief", "--region", "South West", "--year", "2025", "--format", "html",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Dataset dataset = OfficialData.load();
    List<Council> councils = dataset.councils().inRegion(Region.byName("South West").orElseThrow());
    String index = Files.readString(out.resolve("index.html"));
    assertEquals(List.of(), errors(index));
    for (Council c : councils) {
      String html = OutputFiles.safeName(c.name(), 2025, "html");
      assertTrue(Files.exists(out.resolve(html)), html);
      assertTrue(index.contains("href=\"" + html + "\""), "the index links " + html);
    }
    assertTrue(index.contains("Not written"), "no PDF was written, and the index says so");
    byte[] csv = Files.readAllBytes(out.resolve("index.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3),
        "UTF-8 with a byte-order mark");
    List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertEquals(councils.size() + 1, lines.size(), "a header and one row per council");
    assertTrue(lines.get(0).startsWith("Council,LA code,Year,Latest Ofsted judgement,"), lines.get(0));
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The Nu HTML checker's error lines (GNU format) for a page. */
  static List<String> errors(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    return out.lines().filter(l -> l.contains("error:") || l.contains("fatal"))
        .map(l -> l.length() > 300 ? l.substring(0, 300) + "\u2026" : l).toList();
  }
}
