package io.github.cscbriefs.reporting.html;

import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.reporting.Attachment;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BriefRenderer;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.ChartFigure;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.ReportingException;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Span;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.TextStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The HTML edition of a brief: the same {@link BriefDocument} the PDF is laid out from, as one
 * self-contained, accessible web page. Nothing is computed or worded here: every heading,
 * sentence, table and chart is the document's, in the same order, so a change of wording reaches
 * both editions at once.
 *
 * <ul>
 *   <li>{@code lang="en-GB"}; the cover title is the page's one {@code h1}, each section an {@code
 *       h2} (its sub-headings {@code h3} and {@code h4}), listed with links in the contents;
 *   <li>tables have a caption (the chart's caption, shown; or, for screen readers only, the heading
 *       the table sits under, which is already shown above it), {@code th}
 *       with {@code scope} for column and row headers, and scroll on their own in a narrow window,
 *       so the page itself never does (WCAG 1.4.10 reflow, down to 320 CSS pixels and 400% zoom);
 *   <li>a red/amber/green status is its word, its shape and its colour;
 *   <li>every chart is inline SVG drawn from the same JFreeChart chart as the PDF's (by JFreeSVG),
 *       an image ({@code role="img"}) named by the figure's alternative text, followed by its
 *       numbers as a table;
 *   <li>the figures attached to the PDF are offered as a {@code data:} link to download;
 *   <li>one file: the style sheet is inline, there is no script and no external request (fonts are
 *       the system's: Liberation Sans or the metric-compatible Arial), so it can be e-mailed or put
 *       on an intranet as it is; a print style sheet starts sections on a new page as the PDF does.
 * </ul>
 *
 * <p>The page is built with jsoup's element API rather than by string concatenation: jsoup escapes
 * every text and attribute value as it writes them, so no figure, name or sentence from the data can
 * break the markup. jsoup is a widely used, actively maintained HTML5 library with no dependencies
 * of its own; a template engine would add a second language for a page whose structure is the
 * content model itself.
 *
 * <pre>{@code
 * import io.github.cscbriefs.reporting.html.HtmlBrief;
 *
 * BriefDocument document = BriefRenderer.withClock(clock).compose(profile, BriefOptions.from(dataset, profile));
 * byte[] pdf = AccessiblePdf.withClock(clock).render(document);
 * String html = HtmlBrief.html(document);      // the same document, the same words
 * byte[] page = HtmlBrief.utf8(document);      // the same page as UTF-8, to write to a file
 * }</pre>
 */
public final class HtmlBrief {

  private final BriefRenderer renderer;

  private HtmlBrief(Clock clock) {
    this.renderer = BriefRenderer.withClock(clock);
  }

  /** A writer dating its briefs by the clock, as {@link BriefRenderer#withClock} does. */
  public static HtmlBrief withClock(Clock clock) {
    if (clock == null) {
      throw ReportingException.of("clock", null, Expected.instanceOf(Clock.class));
    }
    return new HtmlBrief(clock);
  }

  /** The brief of {@code profile} as an HTML page. */
  public String render(CouncilProfile profile, BriefOptions options) {
    return html(renderer.compose(profile, options));
  }

  /** The document as an HTML page. */
  public static String html(BriefDocument document) {
    if (document == null) {
      throw ReportingException.of("html", null, Expected.instanceOf(BriefDocument.class));
    }
    return new Writer(document).page().html();
  }

  /**
   * The document as an HTML page in UTF-8, the bytes {@link #html} encodes to, without a string of
   * the whole page on the way.
   */
  public static byte[] utf8(BriefDocument document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(PAGE_CHARS);
    writeTo(document, bytes);
    return bytes.toByteArray();
  }

  /** About the size of a whole-service brief's page, so that its buffers seldom grow. */
  private static final int PAGE_CHARS = 2 << 20;

  /**
   * Writes the document as UTF-8 HTML to the stream, which is left open. jsoup writes the page into
   * a string builder (its quickest way to write), which is then encoded a slice at a time.
   */
  public static void writeTo(BriefDocument document, OutputStream out) {
    if (document == null) {
      throw ReportingException.of("writeTo", null, Expected.instanceOf(BriefDocument.class));
    }
    if (out == null) {
      throw ReportingException.of("writeTo", null, "an output stream");
    }
    StringBuilder page = new StringBuilder(PAGE_CHARS);
    new Writer(document).page().writeTo(page);
    try {
      java.io.Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      char[] slice = new char[1 << 14];
      for (int from = 0; from < page.length(); from += slice.length) {
        int to = Math.min(page.length(), from + slice.length);
        page.getChars(from, to, slice, 0);
        text.write(slice, 0, to - from);
      }
      text.flush();
    } catch (IOException e) {
      throw new ReportingException("the HTML brief '" + document.info().title() + "'", e);
    }
  }

  /** Builds one page. */
  private static final class Writer {
    private final BriefDocument document;
    private final Page page;
    private int charts;
    private int tables;
    /** The heading the next table sits under, for its caption. */
    private String lastHeading;

    Writer(BriefDocument document) {
      this.document = document;
      this.page = Page.start(document.info().title(), document.info().subject(),
          document.info().author());
    }

    Page page() {
      Element main = page.body().appendElement("main").id("main");
      Element cover = main.appendElement("header").addClass("cover");
      cover.appendElement("h1").text(document.coverTitle());
      heading(document.coverTitle());
      document.cover().forEach(b -> block(b, cover));
      Element nav = main.appendElement("nav").attr("aria-labelledby", "contents");
      nav.appendElement("h2").id("contents").text(document.contentsTitle());
      Element list = nav.appendElement("ol");
      List<Section> sections = document.sections();
      for (int i = 0; i < sections.size(); i++) {
        list.appendElement("li").appendElement("a").attr("href", "#" + sectionId(i))
            .text(sections.get(i).title());
      }
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        Element section = main.appendElement("section").attr("aria-labelledby", sectionId(i));
        if (s.startsNewPage()) {
          section.addClass("new-page");
        }
        section.appendElement("h2").id(sectionId(i)).text(s.title());
        heading(s.title());
        s.blocks().forEach(b -> block(b, section));
      }
      Element footer = page.body().appendElement("footer");
      footer.appendElement("p").text(document.info().runningHeader());
      footer.appendElement("p").text(document.info().dataVintage());
      for (Attachment a : document.attachments()) {
        footer.appendElement("p").appendElement("a")
            .attr("href", "data:" + a.mimeType() + ";charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(a.content()))
            .attr("download", a.fileName())
            .text(a.description() + " (" + a.fileName() + ")");
      }
      return page;
    }

    private static String sectionId(int i) {
      return "section-" + (i + 1);
    }

    private void heading(String text) {
      lastHeading = text;
    }

    private void block(Block block, Element parent) {
      if (block instanceof Heading h) {
        parent.appendElement("h" + (h.level() + 1)).text(h.text());
        heading(h.text());
        return;
      }
      if (block instanceof Paragraph p) {
        paragraph(p, parent.appendElement("p"));
      } else if (block instanceof BulletList l) {
        Element ul = parent.appendElement("ul");
        l.items().forEach(item -> spans(item, ul.appendElement("li")));
      } else if (block instanceof Table t) {
        table(t, lastHeading, false, parent);
      } else if (block instanceof ChartFigure c) {
        chart(c, parent);
      }
    }

    private static void paragraph(Paragraph p, Element element) {
      if (p.style() == TextStyle.LEAD) {
        element.addClass("lead");
      } else if (p.style() == TextStyle.NOTE) {
        element.addClass("note");
      }
      spans(p, element);
    }

    private static void spans(Paragraph p, Element element) {
      for (Span s : p.spans()) {
        if (s.bold()) {
          element.appendElement("strong").text(s.text());
        } else {
          element.appendText(s.text());
        }
      }
    }

    private void chart(ChartFigure c, Element parent) {
      charts++;
      Element figure = parent.appendElement("figure").addClass("chart");
      figure.appendChild(new DataNode(ChartSvg.svg(c, "chart-" + charts,
          Entities.escape(c.altText()))));
      table(c.data(), c.caption(), true, parent);
    }

    /** A table under its caption, in a frame that scrolls sideways on its own when too wide. */
    private void table(Table t, String caption, boolean captionShown, Element parent) {
      tables++;
      String captionId = "table-" + tables;
      Element frame = parent.appendElement("div").addClass("table-frame")
          .attr("role", "region").attr("aria-labelledby", captionId).attr("tabindex", "0");
      Element table = frame.appendElement("table");
      Element cap = table.appendElement("caption").id(captionId).text(caption);
      if (!captionShown) {
        cap.addClass("visually-hidden");
      }
      Element head = table.appendElement("thead").appendElement("tr");
      List<Column> columns = t.columns();
      for (Column column : columns) {
        Page.align(head.appendElement("th").attr("scope", "col").text(column.header()),
            column.align());
      }
      Element body = table.appendElement("tbody");
      for (List<Cell> row : t.rows()) {
        Element tr = body.appendElement("tr");
        for (int i = 0; i < row.size(); i++) {
          Cell cell = row.get(i);
          Element td = cell.rowHeader() ? tr.appendElement("th").attr("scope", "row")
              : tr.appendElement("td");
          Page.align(td, columns.get(i).align());
          cell.status().ifPresentOrElse(rag -> Page.status(td, rag, cell.text()),
              () -> td.text(cell.text()));
        }
      }
    }
  }
}
