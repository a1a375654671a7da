package io.github.cscbriefs.reporting.layout;

import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Palette;
import io.github.cscbriefs.reporting.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a whole document on A4 pages: the cover, a contents page whose entries link to the
 * sections, the sections, then the running header and "Page X of Y" footer on every page after
 * the cover. Pure: no PDF objects, only positions measured with the embedded fonts.
 *
 * <p>It runs twice: the first pass finds the page each section starts on, the second writes
 * those numbers into the contents page, whose length does not depend on them.
 */
public final class Layout {

  private static final float COVER_BAND_PAD = 28f;
  private static final float TOC_NUMBER_WIDTH = 36f;

  private final TextMeasure measure;

  private Layout(TextMeasure measure) {
    this.measure = measure;
  }

  /** A layout measuring text with the given fonts. */
  public static Layout measuredWith(TextMeasure measure) {
    return new Layout(measure);
  }

  /** Lays out the document. */
  public LaidOutDocument lay(BriefDocument document) {
    int count = document.sections().size();
    float[] tops = new float[count];
    java.util.Arrays.fill(tops, PageGeometry.TOP);
    LineBreaker breaker = new LineBreaker(measure);
    Wrapped wrapped = new Wrapped();
    Pass first = new Pass(document, new int[count], tops, breaker, wrapped);
    first.run();
    Pass second = new Pass(document, first.sectionPages, first.sectionTops, breaker, wrapped);
    second.run();
    return new LaidOutDocument(second.flow.pages(), second.root, second.bookmarks);
  }

  /** One run of the layout, given the section start pages to print in the contents. */
  private final class Pass {
    final BriefDocument document;
    final int[] knownPages;
    final float[] knownTops;
    final int[] sectionPages;
    final float[] sectionTops;
    final Flow flow = new Flow();
    final LineBreaker breaker;
    final BlockSetter blocks;
    final StructNode root = StructNode.document();
    final List<Bookmark> bookmarks = new ArrayList<>();

    Pass(BriefDocument document, int[] knownPages, float[] knownTops, LineBreaker breaker,
        Wrapped wrapped) {
      this.document = document;
      this.breaker = breaker;
      this.blocks = new BlockSetter(flow, breaker, wrapped);
      this.knownPages = knownPages;
      this.knownTops = knownTops;
      this.sectionPages = new int[document.sections().size()];
      this.sectionTops = new float[document.sections().size()];
    }

    void run() {
      cover();
      contents();
      for (int i = 0; i < document.sections().size(); i++) {
        section(i, document.sections().get(i));
      }
      furniture();
    }

    private void cover() {
      List<Line> title = breaker.wrap(document.coverTitle(), true, Type.COVER_TITLE.size(),
          PageGeometry.TEXT_WIDTH);
      float top = PageGeometry.HEIGHT - 72f;
      float bandBottom = top - title.size() * Type.COVER_TITLE.leading() - COVER_BAND_PAD;
      flow.newPage(true, top);
      flow.add(new Drawable.Box(0, bandBottom, PageGeometry.WIDTH,
          PageGeometry.HEIGHT - bandBottom, Palette.HEADING, Artifact.LAYOUT));
      blocks.lines(title, Type.COVER_TITLE, PageGeometry.SIDE, PageGeometry.TEXT_WIDTH,
          root.add("H1"));
      flow.down(flow.y() - bandBottom + 24f);
      blocks.setAll(document.cover(), root);
    }

    private void contents() {
      flow.newPage();
      Bookmark placed = blocks.heading(document.contentsTitle(), Type.H1, "H1", 0, root);
      bookmarks.add(placed);
      StructNode toc = root.add("TOC");
      Type type = Type.TOC;
      float textWidth = PageGeometry.TEXT_WIDTH - TOC_NUMBER_WIDTH;
      for (int i = 0; i < document.sections().size(); i++) {
        Section section = document.sections().get(i);
        List<Line> lines = breaker.wrap(section.title(), false, type.size(), textWidth);
        float height = lines.size() * type.leading() + 8f;
        flow.ensure(height);
        entry(toc.add("TOCI").add("Link"), section, lines, i, height);
      }
    }

    private void entry(StructNode link, Section section, List<Line> lines, int index,
        float height) {
      float top = flow.y();
      int target = knownPages[index];
      String number = Integer.toString(target + 1);
      blocks.lines(lines, Type.TOC, PageGeometry.SIDE, PageGeometry.TEXT_WIDTH, link);
      float numberWidth = breaker.width(number, false, Type.TOC.size());
      float lastBaseline = Type.TOC.baseline(top - (lines.size() - 1) * Type.TOC.leading());
      flow.add(new Drawable.TextRun(PageGeometry.SIDE + PageGeometry.TEXT_WIDTH - numberWidth,
          lastBaseline, false, Type.TOC.size(), Palette.TEXT, number, link));
      float bottom = top - height;
      flow.add(new Drawable.Rule(PageGeometry.SIDE, bottom + 3f, PageGeometry.SIDE
          + PageGeometry.TEXT_WIDTH, bottom + 3f, 0.4f, Palette.RULE, Artifact.LAYOUT));
      flow.add(new Drawable.LinkArea(PageGeometry.SIDE, bottom + 3f, PageGeometry.TEXT_WIDTH,
          height - 3f, target, knownTops[index], section.title() + ", page " + number,
          link));
      flow.down(Math.min(8f, flow.room()));
    }

    private void section(int index, Section section) {
      if (section.startsNewPage()) {
        flow.newPage();
      }
      StructNode sect = root.add("Sect");
      float keep = blocks.minimumHeight(section.blocks(), 0);
      Bookmark placed = blocks.heading(section.title(), Type.H1, "H1", keep, sect);
      sectionPages[index] = placed.page();
      sectionTops[index] = placed.top();
      blocks.takeSubheadings();
      blocks.setAll(section.blocks(), sect);
      bookmarks.add(new Bookmark(placed.title(), placed.page(), placed.top(),
          blocks.takeSubheadings()));
    }

    private void furniture() {
      List<LaidOutPage> pages = flow.pages();
      DocumentInfo info = document.info();
      for (int i = 1; i < pages.size(); i++) {
        Furniture.draw(pages.get(i), info, i + 1, pages.size(), breaker);
      }
    }
  }
}
