package io.github.cscbriefs.reporting;

import static org.quicktheories.QuickTheory.qt;

import io.github.cscbriefs.reporting.layout.PageGeometry;
import java.awt.Font;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Briefs of random valid councils ({@link RandomCouncils}) always render: a loadable, tagged PDF
 * with every section, the council's name as it was given (characters the font lacks as '?'),
 * byte-identical for the same clock, no glyph outside the text area, and a suppressed figure
 * printed as its symbol, never as 0. A few pass veraPDF for PDF/UA-1 and PDF/A-3a.
 *
 * <p>Each example is rendered once and shared by the properties (same seed, same cases); the
 * examples are few because a brief takes a fraction of a second to render and read back.
 */
class RandomBriefProperties {

  private static final long SEED = 20261123L;
  private static final int EXAMPLES = 16;
  private static final float TOLERANCE = 0.5f;
  private static final int SECTIONS = 8;
  private static final int COVER_NAME = 200;

  private static final Map<RandomCouncils.Case, byte[]> RENDERED = new HashMap<>();

  private static QuickTheory theory(int examples) {
    // A failing brief shrinks a little (each step renders one), then is reported by its case.
    return qt().withFixedSeed(SEED).withExamples(examples).withShrinkCycles(20);
  }

  private static synchronized byte[] pdf(RandomCouncils.Case c) {
    return RENDERED.computeIfAbsent(c, k -> RenderedSamples.keep(
        "random-" + RENDERED.size() + ".pdf", render(k)));
  }

  private static byte[] render(RandomCouncils.Case c) {
    return BriefRenderer.withClock(RenderedSamples.CLOCK).render(c.profile(), c.options());
  }

  @Test
  void everyBriefIsATaggedPdfWithEverySection() {
    theory(EXAMPLES).forAll(RandomCouncils.cases()).checkAssert(c -> {
      try (PDDocument document = Loader.loadPDF(pdf(c))) {
        check(document.getNumberOfPages() >= SECTIONS, "pages " + document.getNumberOfPages());
        PDMarkInfo mark = document.getDocumentCatalog().getMarkInfo();
        check(mark != null && mark.isMarked(), "not marked as tagged");
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        check(root != null && root.getKids().size() == 1
            && root.getKids().get(0) instanceof PDStructureElement, "no single root element");
        PDStructureElement top = (PDStructureElement) root.getKids().get(0);
        check("Document".equals(top.getStructureType()), top.getStructureType());
        List<PDStructureElement> sections = top.getKids().stream()
            .filter(k -> k instanceof PDStructureElement e && "Sect".equals(e.getStructureType()))
            .map(PDStructureElement.class::cast).toList();
        check(sections.size() == SECTIONS, sections.size() + " sections");
        for (PDStructureElement sect : sections) {
          check(sect.getKids().get(0) instanceof PDStructureElement h
              && "H1".equals(h.getStructureType()), "a section without its heading");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theCoverShowsTheNameAsGivenWithUnshowableCharactersAsQuestionMarks() {
    theory(EXAMPLES).forAll(RandomCouncils.cases()).checkAssert(c -> {
      String cover = letters(PdfPages.text(pdf(c)).get(0));
      // The cover is one page: an overlong name is shown as far as it fits.
      String name = letters(shown(c.council().name()));
      name = name.substring(0, Math.min(name.length(), COVER_NAME));
      check(cover.contains(name), "cover lacks " + RandomCouncils.escaped(name) + " in "
          + RandomCouncils.escaped(cover));
    });
  }

  @Test
  void sameCouncilAndClockGiveByteIdenticalBriefs() {
    theory(4).forAll(RandomCouncils.cases()).checkAssert(c ->
        check(java.util.Arrays.equals(pdf(c), render(c)), "a second render differs"));
  }

  @Test
  void noGlyphLeavesTheTextArea() {
    theory(EXAMPLES).forAll(RandomCouncils.cases()).checkAssert(c -> {
      List<String> outside = new ArrayList<>();
      List<List<PdfPages.Glyph>> pages = PdfPages.glyphs(pdf(c));
      for (int p = 0; p < pages.size(); p++) {
        for (PdfPages.Glyph g : pages.get(p)) {
          // Rotated chart labels are measured along their own direction: judged by where they start.
          if (g.pageX() < PageGeometry.SIDE - TOLERANCE
              || g.pageX() > PageGeometry.WIDTH - PageGeometry.SIDE + TOLERANCE
              || g.pageY() < 0 || g.pageY() > PageGeometry.HEIGHT) {
            outside.add("page " + (p + 1) + ": '" + RandomCouncils.escaped(g.text()) + "' at "
                + g.x() + "," + g.baseline());
          }
        }
      }
      check(outside.isEmpty(), outside.stream().limit(10).toList().toString());
    });
  }

  @Test
  void aSuppressedFigureIsPrintedAsItsSymbolNeverAsZero() {
    theory(EXAMPLES).forAll(RandomCouncils.cases()).checkAssert(c -> {
      String label = io.github.cscbriefs.model.IndicatorCatalogue.defaults()
          .require(c.suppressed()).label();
      String dashboard = BriefRendererTest.section(PdfPages.text(pdf(c)), "Dashboard");
      check(dashboard.contains(label + " c "), label + " row: " + dashboard);
      List<CSVRecord> rows = figures(pdf(c)).stream()
          .filter(r -> r.get("indicator_id").equals(c.suppressed())).toList();
      check(!rows.isEmpty(), "no CSV rows for " + c.suppressed());
      check(rows.stream().allMatch(r -> r.get("council_value").equals("c")), rows.toString());
    });
  }

  @Test
  void aFewBriefsConformToPdfUa1AndPdfA3a() {
    theory(3).forAll(RandomCouncils.cases()).checkAssert(c -> {
      for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
        try {
          List<String> failures = VeraPdf.failures(pdf(c), flavour);
          check(failures.isEmpty(), flavour + ":\n" + String.join("\n", failures));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    });
  }

  /** The text as the brief prints it: characters the embedded faces lack become '?'. */
  private static String shown(String text) {
    Font regular = BriefTypeface.regular(10);
    Font bold = BriefTypeface.bold(10);
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.getType(cp) == Character.FORMAT) {
        return;
      } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)
          || regular.canDisplay(cp) && bold.canDisplay(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('?');
      }
    });
    return sb.toString();
  }

  /**
   * Only letters, digits and '?', in compatibility form: what survives text extraction whatever
   * the line breaks, spaces, hyphens and ligatures.
   */
  private static String letters(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
        .filter(cp -> Character.isLetterOrDigit(cp) || cp == '?')
        .mapToObj(Character::toString).collect(Collectors.joining());
  }

  /** The rows of the figures CSV attached to the brief. */
  static List<CSVRecord> figures(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String csv = new String(document.getDocumentCatalog().getNames().getEmbeddedFiles()
          .getNames().get("figures.csv").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(csv)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
