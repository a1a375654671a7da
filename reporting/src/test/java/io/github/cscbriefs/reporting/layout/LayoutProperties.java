package io.github.cscbriefs.reporting.layout;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Column;
import io.github.cscbriefs.reporting.DocumentInfo;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever the content, laid-out text stays in the text area and never overlaps. */
class LayoutProperties {

  private static final TextMeasure MEASURE = new TextMeasure() {
    @Override
    public float width(String text, boolean bold, float size) {
      return text.length() * size * (bold ? 0.6f : 0.52f);
    }

    @Override
    public boolean canShow(int codePoint) {
      return true;
    }
  };

  private static final float EPSILON = 0.01f;

  @Test
  void contentTextStaysInsideTheTextArea() {
    qt().withExamples(60).forAll(documents()).check(doc -> runs(doc).stream()
        .allMatch(r -> inside(r.run())));
  }

  @Test
  void noTwoContentRunsOverlap() {
    qt().withExamples(60).forAll(documents()).check(doc -> {
      List<Placed> runs = runs(doc).stream()
          .filter(r -> !(r.run().mark() instanceof Artifact)).toList();
      for (int i = 0; i < runs.size(); i++) {
        for (int j = i + 1; j < runs.size(); j++) {
          if (runs.get(i).page() == runs.get(j).page()
              && overlap(runs.get(i).run(), runs.get(j).run())) {
            return false;
          }
        }
      }
      return true;
    });
  }

  private record Placed(int page, Drawable.TextRun run) {}

  private static List<Placed> runs(BriefDocument doc) {
    LaidOutDocument laid = Layout.measuredWith(MEASURE).lay(doc);
    List<Placed> runs = new ArrayList<>();
    for (int p = 0; p < laid.pages().size(); p++) {
      for (Drawable d : laid.pages().get(p).drawables()) {
        if (d instanceof Drawable.TextRun run) {
          runs.add(new Placed(p, run));
        }
      }
    }
    return runs;
  }

  // Running header and footer (artifacts) sit above and below the text area, inside the margins.
  private static boolean inside(Drawable.TextRun r) {
    // The space kept at the end of a wrapped line paints nothing and may reach past the margin.
    float right = r.x() + MEASURE.width(r.text().stripTrailing(), r.bold(), r.size());
    boolean across = r.x() >= PageGeometry.SIDE - EPSILON
        && right <= PageGeometry.SIDE + PageGeometry.TEXT_WIDTH + EPSILON;
    boolean down = r.mark() instanceof Artifact
        ? r.baseline() > 20 && r.baseline() + r.size() < PageGeometry.HEIGHT - 20
        : r.baseline() - 0.25f * r.size() >= PageGeometry.BOTTOM - EPSILON
            && r.baseline() + r.size() <= PageGeometry.HEIGHT;
    return across && down;
  }

  private static boolean overlap(Drawable.TextRun a, Drawable.TextRun b) {
    float w = Math.min(a.x() + MEASURE.width(a.text().stripTrailing(), a.bold(), a.size()),
        b.x() + MEASURE.width(b.text().stripTrailing(), b.bold(), b.size()))
        - Math.max(a.x(), b.x());
    float h = Math.min(a.baseline() + 0.7f * a.size(), b.baseline() + 0.7f * b.size())
        - Math.max(a.baseline() - 0.2f * a.size(), b.baseline() - 0.2f * b.size());
    return w > EPSILON && h > EPSILON && !a.text().isBlank() && !b.text().isBlank();
  }

  private static Gen<String> text() {
    return strings().basicLatinAlphabet().ofLengthBetween(1, 400)
        .map((String s) -> s.isBlank() ? "x" : s);
  }

  private static Gen<Block> block() {
    Gen<Block> paragraph = text().map((String t) -> (Block) Paragraph.of(t));
    Gen<Block> heading = text().map((String t) ->
        (Block) Heading.h2(t.substring(0, Math.min(t.length(), 120))));
    Gen<Block> list = lists().of(text()).ofSizeBetween(1, 6)
        .map((List<String> items) -> (Block) BulletList.of(items.toArray(String[]::new)));
    Gen<Block> table = integers().between(1, 6).zip(integers().between(0, 30), text(),
        (columns, rows, seed) -> table(columns, rows, seed));
    return paragraph.mix(heading, 25).mix(list, 25).mix(table, 35);
  }

  private static Block table(int columns, int rows, String seed) {
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      cols.add(Column.text("H" + c + seed.substring(0, Math.min(seed.length(), c * 7 + 1)),
          1 + c % 3));
    }
    List<List<Cell>> body = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        int length = (r * 31 + c * 17) % (seed.length() + 1);
        row.add(Cell.of(seed.substring(0, length)));
      }
      body.add(row);
    }
    return new Table(cols, body);
  }

  private static Gen<BriefDocument> documents() {
    return lists().of(block()).ofSizeBetween(1, 12).zip(text(), (blocks, title) ->
        new BriefDocument(new DocumentInfo("T", "S", "A", "Header " + title, "Vintage " + title),
            title, List.of(Paragraph.of(title)), "Contents",
            List.of(Section.onNewPage(title.substring(0, Math.min(60, title.length())), blocks),
                Section.continuing("Second", blocks)), List.of()));
  }
}
