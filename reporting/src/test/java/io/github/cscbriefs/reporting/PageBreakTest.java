package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.reporting.layout.Drawable;
import io.github.cscbriefs.reporting.layout.FontFiles;
import io.github.cscbriefs.reporting.layout.LaidOutDocument;
import io.github.cscbriefs.reporting.layout.Layout;
import io.github.cscbriefs.reporting.layout.StructNode;
import io.github.cscbriefs.reporting.layout.TextMeasure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Page breaks of real briefs, read from where the layout put each block: no page holds only a
 * short paragraph or footnote (page 4 of North Northamptonshire's 2025 brief held only "The full
 * plan of 6 actions ... is in the priority action plan."); no page ends with a heading; a chart
 * is on the page of its table; a table split between pages has at least three body rows on each
 * side; no table row is split between pages. Laid out without writing PDFs, with the brief's own
 * fonts measured by PDFBox as the PDF writer measures them.
 */
class PageBreakTest {

  /**
   * Fewer than three rows of a split table are a stub unless they fill a fifth of a page (tall
   * rows, such as the priority actions', cannot go three to a page).
   */
  private static final float STUB = 0.2f * io.github.cscbriefs.reporting.layout.PageGeometry.TEXT_HEIGHT;

  private static PDDocument fontHolder;
  private static TextMeasure measure;

  @BeforeAll
  static void fonts() throws IOException {
    fontHolder = new PDDocument();
    PDType0Font regular = load(FontFiles.regularBytes());
    PDType0Font bold = load(FontFiles.boldBytes());
    Map<Integer, Float> widths = new java.util.HashMap<>();
    measure = new TextMeasure() {
      @Override
      public float width(String text, boolean isBold, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
          int cp = text.codePointAt(i);
          units += widths.computeIfAbsent(isBold ? -cp - 1 : cp, k -> glyph(isBold ? bold : regular,
              cp));
        }
        return units / 1000f * size;
      }

      @Override
      public boolean canShow(int codePoint) {
        try {
          return regular.hasGlyph(codePoint) && bold.hasGlyph(codePoint);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static float glyph(PDType0Font font, int codePoint) {
    try {
      return font.getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDType0Font load(byte[] bytes) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    font.setEnableGsub(false);
    return PDType0Font.load(fontHolder, font, false);
  }

  @AfterAll
  static void close() throws IOException {
    fontHolder.close();
  }

  /** Every current council's brief for the latest year, and the three named councils' earlier. */
  @Test
  void noPageIsLeftWithAStub() {
    Dataset data = RealBriefs.dataset();
    BriefProfiles profiles = BriefProfiles.of(data);
    BriefRenderer renderer = BriefRenderer.withClock(RenderedSamples.CLOCK);
    List<String> problems = new ArrayList<>();
    int briefs = 0;
    for (Council council : data.councils().current()) {
      List<Integer> years = List.of("812", "343", "940").contains(council.laCode())
          ? List.of(2020, 2021, 2022, data.latestYear()) : List.of(data.latestYear());
      for (int year : years) {
        if (council.laCode().equals("940") && year < 2021) {
          continue;
        }
        BriefDocument document = renderer.compose(profiles.profile(council, year),
            BriefOptions.from(data, council));
        problems.addAll(problems(council.name() + " " + year, document));
        briefs++;
      }
    }
    Dataset local = RealBriefs.withLocalEvidence();
    Council nel = local.councils().require("812");
    for (int year : List.of(2020, local.latestYear())) {
      problems.addAll(problems(nel.name() + " " + year + " with its local file", renderer.compose(
          BriefProfiles.of(local).profile(nel, year), BriefOptions.from(local, nel))));
      briefs++;
    }
    assertTrue(briefs > 150, "briefs laid out: " + briefs);
    assertEquals(List.of(), problems);
  }

  private static List<String> problems(String brief, BriefDocument document) {
    LaidOutDocument laid = Layout.measuredWith(measure).lay(document);
    Pages pages = new Pages(laid);
    List<String> problems = new ArrayList<>();
    for (int p = 1; p < laid.pages().size(); p++) {
      String where = brief + ", page " + (p + 1) + ": ";
      List<StructNode> content = pages.nodesOn(p);
      if (content.size() == 1 && content.get(0).type().equals("P")
          && pages.lines(content.get(0), p) <= 3) {
        problems.add(where + "holds only a short paragraph: " + pages.text(content.get(0)));
      }
      if (!content.isEmpty() && content.get(content.size() - 1).type().matches("H[1-6]")) {
        problems.add(where + "ends with a heading: " + pages.text(content.get(content.size() - 1)));
      }
    }
    // The executive summary is one page: the dashboard's heading opens the page after it.
    java.util.Map<String, Integer> sectionPage = new java.util.HashMap<>();
    walk(laid.structure(), node -> {
      if (node.type().equals("H1") && !pages.pagesOf(node).isEmpty()) {
        sectionPage.putIfAbsent(pages.text(node), pages.pagesOf(node).first());
      }
    });
    Integer summary = sectionPage.get("Executive summary");
    Integer dashboard = sectionPage.get("Dashboard");
    if (summary != null && dashboard != null && dashboard - summary > 1) {
      problems.add(brief + ": the executive summary runs over " + (dashboard - summary) + " pages");
    }
    walk(laid.structure(), node -> {
      List<StructNode> kids = node.children();
      for (int i = 0; i < kids.size(); i++) {
        StructNode kid = kids.get(i);
        if (kid.type().equals("Figure") && i + 2 < kids.size()
            && kids.get(i + 2).type().equals("Table")
            && !pages.pagesOf(kids.get(i + 2)).contains(pages.pagesOf(kid).first())) {
          problems.add(brief + ": chart '" + kid.altText().orElse("") + "' on page "
              + (pages.pagesOf(kid).first() + 1) + ", its table from page "
              + (pages.pagesOf(kids.get(i + 2)).first() + 1));
        }
        if (kid.type().equals("Table")) {
          problems.addAll(tableProblems(brief, kid, pages));
        }
      }
    });
    return problems;
  }

  private static List<String> tableProblems(String brief, StructNode table, Pages pages) {
    List<String> problems = new ArrayList<>();
    List<StructNode> body = table.children().subList(1, table.children().size());
    Map<Integer, Integer> rowsOnPage = new java.util.TreeMap<>();
    Map<Integer, Float> heightOnPage = new java.util.TreeMap<>();
    for (StructNode row : body) {
      TreeSet<Integer> on = pages.pagesOf(row);
      if (on.size() > 1) {
        problems.add(brief + ": a table row split over pages " + on + ": "
            + pages.text(row));
      }
      if (!on.isEmpty()) {
        rowsOnPage.merge(on.first(), 1, Integer::sum);
        heightOnPage.merge(on.first(), pages.height(row, on.first()), Float::sum);
      }
    }
    if (rowsOnPage.size() > 1) {
      for (int page : List.of(rowsOnPage.keySet().iterator().next(),
          new ArrayList<>(rowsOnPage.keySet()).get(rowsOnPage.size() - 1))) {
        if (rowsOnPage.get(page) < 3 && heightOnPage.get(page) < STUB) {
          problems.add(brief + ": a table of " + body.size() + " rows split " + rowsOnPage
              + " (page index: rows), starting '" + pages.text(table.children().get(0))
              + "', leaves " + rowsOnPage.get(page) + " short rows on page " + (page + 1));
        }
      }
    }
    return problems;
  }

  private static void walk(StructNode node, java.util.function.Consumer<StructNode> visit) {
    visit.accept(node);
    node.children().forEach(c -> walk(c, visit));
  }

  /** Where each structure node's content was placed. */
  private static final class Pages {
    private final LaidOutDocument laid;
    private final Map<StructNode, TreeSet<Integer>> own = new IdentityHashMap<>();
    private final Map<StructNode, StructNode> parents = new IdentityHashMap<>();

    Pages(LaidOutDocument laid) {
      this.laid = laid;
      for (int p = 0; p < laid.pages().size(); p++) {
        for (Drawable d : laid.pages().get(p).drawables()) {
          if (d.mark() instanceof StructNode node) {
            own.computeIfAbsent(node, n -> new TreeSet<>()).add(p);
          }
        }
      }
      walk(laid.structure(), n -> n.children().forEach(c -> parents.put(c, n)));
    }

    /** The pages a node's content, or any of its descendants', is on. */
    TreeSet<Integer> pagesOf(StructNode node) {
      TreeSet<Integer> all = new TreeSet<>(own.getOrDefault(node, new TreeSet<>()));
      node.children().forEach(c -> all.addAll(pagesOf(c)));
      return all;
    }

    /**
     * The block-level nodes (children of a section, the document or a figure's parent) with
     * content on the page, in painting order.
     */
    List<StructNode> nodesOn(int page) {
      List<StructNode> nodes = new ArrayList<>();
      for (Drawable d : laid.pages().get(page).drawables()) {
        if (d.mark() instanceof StructNode node) {
          StructNode block = block(node);
          if (!nodes.contains(block)) {
            nodes.add(block);
          }
        }
      }
      return nodes;
    }

    private StructNode block(StructNode node) {
      StructNode at = node;
      while (parents.containsKey(at) && !List.of("Sect", "Document")
          .contains(parents.get(at).type())) {
        at = parents.get(at);
      }
      return at;
    }

    /** The height from the top of a node's first line on the page to the foot of its last. */
    float height(StructNode node, int page) {
      float top = Float.NEGATIVE_INFINITY;
      float bottom = Float.POSITIVE_INFINITY;
      for (Drawable d : laid.pages().get(page).drawables()) {
        if (d instanceof Drawable.TextRun run && isWithin(run, node)) {
          top = Math.max(top, run.baseline() + run.size());
          bottom = Math.min(bottom, run.baseline() - run.size() / 2);
        }
      }
      return top > bottom ? top - bottom : 0;
    }

    int lines(StructNode node, int page) {
      TreeSet<Float> baselines = new TreeSet<>();
      for (Drawable d : laid.pages().get(page).drawables()) {
        if (d instanceof Drawable.TextRun run && d.mark() == node) {
          baselines.add(run.baseline());
        }
      }
      return baselines.size();
    }

    String text(StructNode node) {
      StringBuilder sb = new StringBuilder();
      for (var page : laid.pages()) {
        for (Drawable d : page.drawables()) {
          if (d instanceof Drawable.TextRun run && (d.mark() == node || isWithin(run, node))) {
            sb.append(run.text());
          }
        }
      }
      String text = sb.toString().strip();
      return text.length() > 90 ? text.substring(0, 90) + "..." : text;
    }

    private boolean isWithin(Drawable.TextRun run, StructNode node) {
      StructNode at = run.mark() instanceof StructNode n ? n : null;
      while (at != null && at != node) {
        at = parents.get(at);
      }
      return at == node;
    }
  }
}
