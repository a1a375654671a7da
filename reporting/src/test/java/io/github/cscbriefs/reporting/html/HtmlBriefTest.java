package io.github.cscbriefs.reporting.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.reporting.Align;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefIndex;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML edition says what the PDF says, from the same document: every heading in the same order,
 * every paragraph, list item and table cell, every chart as an image named by its alternative text
 * and followed by its data table; and it is one self-contained page. Expectations are read from
 * the {@link BriefDocument} the PDF is laid out from, never copied from the output.
 */
class HtmlBriefTest {

  static Stream<HtmlSamples.Sample> samples() {
    return HtmlSamples.SAMPLES.stream();
  }

  private static Document page(HtmlSamples.Sample s) {
    return Jsoup.parse(HtmlBrief.html(HtmlSamples.document(s)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void hasTheDocumentsHeadingsInItsOrder(HtmlSamples.Sample s) {
    BriefDocument doc = HtmlSamples.document(s);
    List<String> expected = new ArrayList<>(List.of(doc.coverTitle(), doc.contentsTitle()));
    for (Section section : doc.sections()) {
      expected.add(section.title());
      section.blocks().stream().filter(b -> b instanceof Heading).map(b -> ((Heading) b).text())
          .forEach(expected::add);
    }
    Document page = page(s);
    assertEquals(expected, page.select("h1, h2, h3, h4").eachText());
    assertEquals(1, page.select("h1").size());
    assertEquals("en-GB", page.selectFirst("html").attr("lang"));
    assertEquals(doc.info().title(), page.title());
    assertEquals(doc.sections().stream().map(Section::title).toList(), page.select("nav a").eachText());
    for (Element link : page.select("nav a")) {
      assertEquals(link.text(), page.getElementById(link.attr("href").substring(1)).text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void saysEverySentenceAndEveryCellOfTheDocument(HtmlSamples.Sample s) {
    BriefDocument doc = HtmlSamples.document(s);
    Document page = page(s);
    List<String> paragraphs = page.select("p, li").eachText();
    List<String> cells = page.select("td, th").eachText();
    List<Block> blocks = new ArrayList<>(doc.cover());
    doc.sections().forEach(sec -> blocks.addAll(sec.blocks()));
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        assertTrue(paragraphs.contains(p.text().strip()), p.text());
      } else if (b instanceof BulletList l) {
        l.items().forEach(i -> assertTrue(paragraphs.contains(i.text().strip()), i.text()));
      } else if (b instanceof Table t) {
        t.rows().forEach(row -> row.forEach(c -> assertTrue(cells.contains(c.shownText().strip()),
            c.shownText())));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void drawsEveryChartAsAnImageNamedByItsAltTextFollowedByItsNumbers(HtmlSamples.Sample s) {
    List<ChartFigure> charts = HtmlSamples.document(s).sections().stream()
        .flatMap(sec -> sec.blocks().stream()).filter(b -> b instanceof ChartFigure)
        .map(b -> (ChartFigure) b).toList();
    List<Element> svgs = page(s).select("figure.chart > svg");
    assertEquals(charts.size(), svgs.size());
    assertFalse(charts.isEmpty());
    for (int i = 0; i < charts.size(); i++) {
      ChartFigure chart = charts.get(i);
      Element svg = svgs.get(i);
      assertEquals("img", svg.attr("role"));
      assertEquals(chart.altText(), svg.attr("aria-label"));
      assertFalse(svg.select("text").isEmpty(), "chart text is text, not outlines");
      Element table = svg.parent().nextElementSibling().selectFirst("table");
      assertEquals(chart.caption(), table.selectFirst("caption").text());
      assertEquals(chart.data().rows().size(), table.select("tbody tr").size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writesAsBytesTheVeryPageItReturnsAsText(HtmlSamples.Sample s) {
    BriefDocument doc = HtmlSamples.document(s);
    String html = HtmlBrief.html(doc);
    assertArrayEquals(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), HtmlBrief.utf8(doc));
    assertTrue(html.contains("<svg role=\"img\" aria-label=\""), "charts named as images");
    assertFalse(html.contains("jfreesvg"), "JFreeSVG's own namespace declaration is left out");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void marksUpTablesAndStatusesForEveryReader(HtmlSamples.Sample s) {
    Document page = page(s);
    for (Element table : page.select("table")) {
      assertFalse(table.selectFirst("caption").text().isBlank());
      table.select("thead th").forEach(th -> assertEquals("col", th.attr("scope")));
      table.select("tbody th").forEach(th -> assertEquals("row", th.attr("scope")));
    }
    BriefDocument doc = HtmlSamples.document(s);
    List<Block> blocks = new ArrayList<>(doc.cover());
    doc.sections().forEach(sec -> blocks.addAll(sec.blocks()));
    List<Cell> statuses = blocks.stream()
        .flatMap(b -> b instanceof Table t ? Stream.of(t)
            : b instanceof ChartFigure c ? Stream.of(c.data()) : Stream.<Table>empty())
        .flatMap(t -> t.rows().stream()).flatMap(List::stream)
        .filter(c -> c.status().isPresent()).toList();
    List<Element> shown = page.select("td.rag");
    assertEquals(statuses.size(), shown.size());
    for (int i = 0; i < statuses.size(); i++) {
      Cell c = statuses.get(i);
      Element td = shown.get(i);
      assertTrue(td.hasClass("rag-" + c.status().get().name().toLowerCase(java.util.Locale.ROOT)));
      assertEquals(c.status().get().symbol(), td.selectFirst(".rag-symbol").text());
      assertEquals(c.shownText(), td.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void isOneSelfContainedFileWithNoScript(HtmlSamples.Sample s) {
    Document page = page(s);
    assertTrue(page.select("script, link, img, iframe, object, embed").isEmpty());
    assertTrue(page.select("[src]").isEmpty());
    for (Element a : page.select("[href]")) {
      assertTrue(a.attr("href").startsWith("#") || a.attr("href").startsWith("data:text/csv;"), a.attr("href"));
    }
    String css = page.select("style").html();
    assertFalse(css.contains("url(") || css.contains("@import"), "the style sheet fetches nothing");
    Element download = page.selectFirst("a[download]");
    byte[] csv = java.util.Base64.getDecoder().decode(download.attr("href").replaceFirst("^[^,]*,", ""));
    assertArrayEquals(HtmlSamples.document(s).attachments().get(0).content(), csv);
  }

  @Test
  void escapesEveryText() {
    String hostile = "<script>alert(\"x\")</script> & 'quotes'";
    BriefDocument doc = new BriefDocument(
        new DocumentInfo(hostile, hostile, "CSC Briefs", hostile, hostile), hostile,
        List.of(Paragraph.of(hostile)), "Contents",
        List.of(Section.onNewPage(hostile, List.of(Heading.h2(hostile), Paragraph.lead(hostile, hostile),
            Table.withColumns(io.github.cscbriefs.reporting.Column.text(hostile, 1)).row(hostile).build()))),
        List.of());
    String html = HtmlBrief.html(doc);
    assertFalse(html.contains("<script"), html);
    Document page = Jsoup.parse(html);
    assertEquals(hostile, page.title());
    assertEquals(hostile, page.selectFirst("h1").text());
    assertEquals(hostile + hostile, page.select("section p").first().text());
  }

  @Test
  void theIndexCsvOpensInExcelAndNeutralisesFormulas() {
    BriefIndex index = new BriefIndex("Index", List.of(), List.of(
        new BriefIndex.IndexColumn("Council", Align.LEFT, List.of("Council")),
        new BriefIndex.IndexColumn("Caseload", Align.RIGHT, List.of("Caseload", "Caseload status"))),
        List.of(List.of(
            new BriefIndex.IndexCell("=HYPERLINK(\"x\")", Optional.empty(), Optional.empty(), true,
                List.of("=HYPERLINK(\"x\")")),
            new BriefIndex.IndexCell("\u2013", Optional.empty(), Optional.empty(), false,
                Arrays.asList(-1.5, "Not rated")))));
    byte[] csv = index.csv();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    assertEquals("Council,Caseload,Caseload status\n\"'=HYPERLINK(\"\"x\"\")\",-1.5,Not rated\n",
        new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
  }

  @Test
  void theIndexHasOneRowPerBriefInItsWords() {
    BriefIndex index = HtmlSamples.index();
    Document page = Jsoup.parse(HtmlIndex.html(index));
    assertEquals("en-GB", page.selectFirst("html").attr("lang"));
    assertEquals(HtmlSamples.SAMPLES.size(), page.select("tbody tr").size());
    assertEquals(index.columns().stream().map(BriefIndex.IndexColumn::header).toList(),
        page.select("thead th").eachText());
    for (HtmlSamples.Sample s : HtmlSamples.SAMPLES) {
      assertEquals(1, page.select("a[href=" + s.stem() + ".html]").size(), s.stem());
      assertEquals(1, page.select("a[href=" + s.stem() + ".pdf]").size(), s.stem());
      String council = HtmlSamples.profile(s).council().name();
      assertTrue(page.select("tbody th[scope=row]").eachText().contains(council), council);
    }
    assertTrue(page.select("script").isEmpty());
  }
}
