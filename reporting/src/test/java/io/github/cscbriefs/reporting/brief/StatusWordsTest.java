package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.data.local.LocalEvidenceReader;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.DataQualityFinding;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.Rating;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.reporting.Block;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.BulletList;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Heading;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Rag;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the brief says about statuses, small numbers and questioned figures, on the real councils
 * the issue names. Composes sections without laying them out.
 */
class StatusWordsTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);

  private static List<String> texts(Section section) {
    List<String> out = new ArrayList<>();
    for (Block b : section.blocks()) {
      if (b instanceof Paragraph p) {
        out.add(p.text());
      } else if (b instanceof BulletList l) {
        l.items().forEach(i -> out.add(i.text()));
      } else if (b instanceof Heading h) {
        out.add(h.text());
      } else if (b instanceof Table t) {
        t.rows().forEach(r -> out.add(String.join(" | ", r.stream().map(Cell::shownText).toList())));
      }
    }
    return out;
  }

  /** The bullets following the heading that starts with {@code heading}. */
  private static List<String> bulletsAfter(Section section, String heading) {
    List<Block> blocks = section.blocks();
    for (int i = 0; i < blocks.size() - 1; i++) {
      if (blocks.get(i) instanceof Heading h && h.text().startsWith(heading)
          && blocks.get(i + 1) instanceof BulletList l) {
        return l.items().stream().map(Paragraph::text).toList();
      }
    }
    throw new AssertionError("no list after " + heading + ": " + texts(section));
  }

  @Test
  void northEastLincolnshiresWorstInEnglandCaseloadIsRedAndTheFirstOfItsThreeBiggestRisks() {
    Dataset data = new LocalEvidenceReader(DATA.councils(), DATA.indicators())
        .read(Path.of("..", "examples", "local", "north-east-lincolnshire.yaml")).applyTo(DATA);
    CouncilProfile p = BriefProfiles.of(data).profile(data.councils().require("812"), 2025);
    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    assertEquals(Optional.of(Rag.RED), Status.cell(p, caseload).status());
    List<String> risks = bulletsAfter(ExecutiveSummary.section(p), "Three biggest risks");
    assertEquals(Optional.of(Indicators.CASELOAD), p.actions().get(0).indicator());
    assertTrue(risks.get(0).startsWith("Immediate: ") && risks.get(0).contains(Indicators.CASELOAD.label() + " was"),
        risks.toString());
    List<String> why = bulletsAfter(Dashboard.section(p), "Why each status");
    assertTrue(why.get(0).startsWith(Indicators.CASELOAD.label() + ": Red, in the worst quarter of councils"),
        why.toString());
  }

  @Test
  void theIslesOfScillyGetASmallNumbersWarningBesideItsFiguresAndNoRed() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("420"), 2025);
    assertFalse(p.smallNumbers().isEmpty());
    Section dashboard = Dashboard.section(p);
    for (IndicatorComparison c : p.comparisons()) {
      Cell cell = Status.cell(p, c);
      if (p.smallNumbers(c.indicator()).isPresent()) {
        assertTrue(cell.text().endsWith(": small numbers"), cell.text());
        assertFalse(cell.status().equals(Optional.of(Rag.RED)), cell.text());
      }
    }
    List<String> why = bulletsAfter(dashboard, "Why each status");
    assertTrue(why.stream().anyMatch(t -> t.startsWith("Small numbers: in 2025 the ")
        && t.contains(Indicators.AGENCY.label().toLowerCase(java.util.Locale.UK) + " on 2.0 FTE")), why.toString());
    // The agency action's first fact says the rate rests on small numbers.
    String first = p.actions().stream().filter(a -> a.restsOn(Indicators.AGENCY)).findFirst().orElseThrow()
        .evidence().stream().findFirst().map(e -> Wording.statement(e, p)).orElseThrow();
    assertTrue(first.contains("but it rests on 2.0 FTE"), first);
    assertTrue(texts(Methodology.section(p, BriefOptions.from(DATA, p.council()))).stream()
        .anyMatch(t -> t.startsWith("Small numbers: in 2025")));
  }

  @Test
  void seftonsAbsenceOf2022IsADataQualityNoteBesideTheIndicatorAndInTheMethodology() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("343"), 2022);
    String expected = "Sickness absence rate of 0.5% in 2022 is far from 5.7% in 2021 and 6.6% in 2024";
    List<String> methodology = texts(Methodology.section(p, BriefOptions.from(DATA, p.council())));
    assertTrue(methodology.stream().anyMatch(t -> t.startsWith(expected)), methodology.toString());
    assertTrue(methodology.stream().noneMatch(t -> t.contains("no figure of the council up to")), methodology.toString());
    assertTrue(texts(AreaBlocks.trends(p)).stream().anyMatch(t -> t.startsWith("Figure queried: " + expected)));
    IndicatorComparison absence = p.comparison(Indicators.ABSENCE).orElseThrow();
    assertTrue(Status.cell(p, absence).text().endsWith(": queried"), Status.cell(p, absence).text());
  }

  @Test
  void aCouncilWithNothingQuestionedSaysSoWithoutClaimingMore() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), 2025);
    assertTrue(p.dataQuality().isEmpty() && p.smallNumbers().isEmpty());
    List<String> methodology = texts(Methodology.section(p, BriefOptions.from(DATA, p.council())));
    assertTrue(methodology.stream().anyMatch(t -> t.contains("no figure of the council up to 2025 is questioned")),
        methodology.toString());
  }

  @Test
  void everyQuestionedFigureAndEveryRatingHasItsWordsAcrossTheLatestYear() {
    int latest = DATA.reportingYears().get(DATA.reportingYears().size() - 1);
    DATA.councils().current().forEach(c -> {
      CouncilProfile p = PROFILES.profile(c, latest);
      List<String> notes = Status.notes(p);
      assertEquals(p.statuses().size() + (p.smallNumbers().isEmpty() ? 0 : 1)
          + p.dataQuality().stream().filter(f -> f.questions(latest)).count(), notes.size(), c.name());
      for (DataQualityFinding f : p.dataQuality()) {
        assertTrue(Wording.questioned(f).startsWith(f.indicator().label()), Wording.questioned(f));
      }
      p.statuses().forEach(s -> assertTrue(notes.contains(s.indicator().label() + ": "
          + Wording.rating(s.rating()) + ", " + Wording.statusReasons(s) + "."), s.toString()));
      p.statuses().stream().filter(s -> s.rating() == Rating.RED).forEach(s -> assertFalse(
          Wording.statusReasons(s).contains("best half"), s.toString()));
    });
  }
}
