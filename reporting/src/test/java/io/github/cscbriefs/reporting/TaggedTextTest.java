package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The text a screen reader or reflow gets from the structure tree: each element's marked content
 * joined in order, with nothing added between lines. A line that wrapped at a space must keep the
 * space ("averagecaseload", "onagency socialworkers" when it did not).
 */
class TaggedTextTest {

  @Test
  void everyWordOfTheTaggedTextIsAWordOfTheBrief() throws IOException {
    BriefDocument composed = BriefRenderer.withClock(RenderedSamples.CLOCK)
        .compose(RealBriefs.profile("812", 2021), RealBriefs.options("812"));
    Set<String> words = words(sourceText(composed));
    Map<String, String> elements = taggedText(RealBriefs.pdf("812", 2021));
    Set<String> joined = new TreeSet<>();
    elements.forEach((type, text) -> {
      for (String word : text.split("\\s+")) {
        if (!word.isEmpty() && !words.contains(word)) {
          joined.add(type + ": " + word);
        }
      }
    });
    assertTrue(elements.size() > 100, "tagged elements read: " + elements.size());
    assertEquals(Set.of(), joined, "words in the tagged text that the brief never wrote");
  }

  /** The text of every P, H, LBody, TD and TH element, keyed by a counter and its type. */
  private static Map<String, String> taggedText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<COSDictionary, Map<Integer, String>> byPage = new HashMap<>();
      for (PDPage page : document.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
          if (content.getMCID() >= 0) {
            texts.put(content.getMCID(), text(content));
          }
        }
        byPage.put(page.getCOSObject(), texts);
      }
      Map<String, String> elements = new HashMap<>();
      collect(document.getDocumentCatalog().getStructureTreeRoot(), null, byPage, elements);
      return elements;
    }
  }

  private static void collect(PDStructureNode node, PDPage inherited,
      Map<COSDictionary, Map<Integer, String>> byPage, Map<String, String> out) {
    PDPage page = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage()
        : inherited;
    StringBuilder text = new StringBuilder();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        collect(child, page, byPage, out);
      } else if (kid instanceof PDMarkedContentReference mcr) {
        PDPage on = mcr.getPage() != null ? mcr.getPage() : page;
        text.append(byPage.get(on.getCOSObject()).getOrDefault(mcr.getMCID(), ""));
      } else if (kid instanceof Integer mcid) {
        // a bare id: marked content on the element's own page
        text.append(byPage.get(page.getCOSObject()).getOrDefault(mcid, ""));
      }
    }
    if (node instanceof PDStructureElement e && Set.of("P", "H1", "H2", "H3", "LBody", "TD", "TH")
        .contains(e.getStructureType()) && !text.isEmpty()) {
      out.put(out.size() + " " + e.getStructureType(), text.toString());
    }
  }

  private static String text(PDMarkedContent content) {
    StringBuilder sb = new StringBuilder();
    for (Object o : content.getContents()) {
      if (o instanceof TextPosition p) {
        sb.append(p.getUnicode());
      } else if (o instanceof PDMarkedContent nested) {
        sb.append(text(nested));
      }
    }
    return sb.toString();
  }

  /** Every text the composed document holds, as written before layout. */
  private static List<String> sourceText(BriefDocument document) {
    List<String> texts = new ArrayList<>(ReaderText.drawn(document));
    for (int page = 1; page <= 200; page++) {
      texts.add(Integer.toString(page));
    }
    return texts;
  }

  private static Set<String> words(List<String> texts) {
    Set<String> words = new HashSet<>();
    texts.forEach(t -> words.addAll(List.of(t.strip().split("\\s+"))));
    return words;
  }
}
