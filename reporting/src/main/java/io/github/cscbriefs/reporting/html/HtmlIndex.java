package io.github.cscbriefs.reporting.html;

import io.github.cscbriefs.model.problem.Expected;
import io.github.cscbriefs.reporting.BriefIndex;
import io.github.cscbriefs.reporting.BriefIndex.IndexCell;
import io.github.cscbriefs.reporting.BriefIndex.IndexColumn;
import io.github.cscbriefs.reporting.ReportingException;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The index of a batch of briefs ({@link BriefIndex}) as one HTML page beside the briefs: a plain
 * table, one row per council and year, that needs no script (a reader's browser or spreadsheet
 * sorts it), with each brief's files linked by their names relative to the page. Built with jsoup
 * as {@link HtmlBrief} is, with the same style sheet and the same rules: {@code lang="en-GB"}, a
 * caption and {@code th scope}, statuses as word, shape and colour, no external request.
 */
public final class HtmlIndex {

  private HtmlIndex() {}

  /** The index as an HTML page. */
  public static String html(BriefIndex index) {
    if (index == null) {
      throw ReportingException.of("index", null, Expected.instanceOf(BriefIndex.class));
    }
    Page page = Page.start(index.title(), index.title(), "CSC Briefs");
    Element main = page.body().appendElement("main").id("main").addClass("wide");
    main.appendElement("h1").text(index.title());
    index.notes().forEach(n -> main.appendElement("p").addClass("note").text(n));
    Element frame = main.appendElement("div").addClass("table-frame").attr("role", "region")
        .attr("aria-labelledby", "index-caption").attr("tabindex", "0");
    Element table = frame.appendElement("table").addClass("index");
    table.appendElement("caption").id("index-caption").addClass("visually-hidden").text(index.title());
    Element head = table.appendElement("thead").appendElement("tr");
    List<IndexColumn> columns = index.columns();
    columns.forEach(c -> Page.align(head.appendElement("th").attr("scope", "col").text(c.header()),
        c.align()));
    Element body = table.appendElement("tbody");
    for (List<IndexCell> row : index.rows()) {
      Element tr = body.appendElement("tr");
      for (int i = 0; i < row.size(); i++) {
        IndexCell cell = row.get(i);
        Element td = cell.rowHeader() ? tr.appendElement("th").attr("scope", "row")
            : tr.appendElement("td");
        Page.align(td, columns.get(i).align());
        if (cell.link().isPresent()) {
          td.appendElement("a").attr("href", cell.link().get()).text(cell.text());
        } else {
          td.text(cell.text());
        }
        cell.status().ifPresent(rag -> {
          td.addClass("rag").addClass("rag-" + rag.name().toLowerCase(Locale.ROOT));
          td.appendElement("br");
          td.appendElement("span").addClass("rag-symbol").attr("aria-hidden", "true")
              .text(rag.symbol());
          td.appendText(" " + rag.word());
        });
      }
    }
    return page.html();
  }
}
