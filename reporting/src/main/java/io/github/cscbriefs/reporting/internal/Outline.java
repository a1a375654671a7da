package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.layout.Bookmark;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;

/** The bookmarks pane: one entry per section, its level 2 headings beneath it. */
final class Outline {

  private Outline() {}

  static void write(PDDocument document, List<PDPage> pages, List<Bookmark> bookmarks) {
    PDDocumentOutline outline = new PDDocumentOutline();
    for (Bookmark bookmark : bookmarks) {
      outline.addLast(item(pages, bookmark));
    }
    outline.openNode();
    document.getDocumentCatalog().setDocumentOutline(outline);
    document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }

  private static PDOutlineItem item(List<PDPage> pages, Bookmark bookmark) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(bookmark.title());
    PDPageXYZDestination destination = new PDPageXYZDestination();
    destination.setPage(pages.get(bookmark.page()));
    destination.setLeft(0);
    destination.setTop(Math.round(bookmark.top()));
    item.setDestination(destination);
    for (Bookmark child : bookmark.children()) {
      item.addLast(item(pages, child));
    }
    return item;
  }
}
