package io.github.cscbriefs.reporting.html;

import io.github.cscbriefs.reporting.Align;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.ReportingException;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The shell every page shares: HTML5 in UTF-8, {@code lang="en-GB"}, a viewport for phones, the
 * title and description, and the one inline style sheet, whose colours are the PDF's ({@link
 * Palette}, {@link Rag#tint()}).
 */
final class Page {

  private static final String CSS = colours() + resource("brief.css");

  private final Document document;

  private Page(Document document) {
    this.document = document;
  }

  static Page start(String title, String description, String author) {
    Document doc = new Document("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en-GB");
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title);
    head.appendElement("meta").attr("name", "description").attr("content", description);
    head.appendElement("meta").attr("name", "author").attr("content", author);
    head.appendElement("style").appendChild(new DataNode(CSS));
    html.appendElement("body");
    return new Page(doc);
  }

  Element body() {
    return document.body();
  }

  String html() {
    return document.outerHtml() + "\n";
  }

  /** Writes the page to {@code out}, as {@link #html()} returns it. */
  void writeTo(StringBuilder out) {
    document.html(out).append('\n');
  }

  static Element align(Element cell, Align align) {
    return switch (align) {
      case LEFT -> cell;
      case RIGHT -> cell.addClass("num");
      case CENTRE -> cell.addClass("centre");
    };
  }

  /**
   * A status in a cell: its shape (hidden from screen readers, which read the word), then the text,
   * on the status's tint.
   */
  static void status(Element cell, Rag rag, String text) {
    cell.addClass("rag").addClass("rag-" + rag.name().toLowerCase(Locale.ROOT));
    cell.appendElement("span").addClass("rag-symbol").attr("aria-hidden", "true").text(rag.symbol());
    cell.appendText(" " + text);
  }

  private static String colours() {
    StringBuilder css = new StringBuilder(":root{");
    css.append("--text:").append(hex(Palette.TEXT)).append(';');
    css.append("--heading:").append(hex(Palette.HEADING)).append(';');
    css.append("--muted:").append(hex(Palette.MUTED)).append(';');
    css.append("--rule:").append(hex(Palette.RULE)).append(';');
    css.append("--shade:").append(hex(Palette.SHADE)).append(';');
    css.append("--link:").append(hex(Palette.HEADING)).append(";}\n");
    for (Rag rag : Rag.values()) {
      css.append(".rag-").append(rag.name().toLowerCase(Locale.ROOT)).append("{background:")
          .append(hex(rag.tint())).append(";}\n");
    }
    return css.toString();
  }

  private static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ReportingException("the style sheet " + name,
            new IOException("missing from the reporting module"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
