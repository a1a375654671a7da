package io.github.cscbriefs.reporting.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.PriorityAction;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Polarity;
import io.github.cscbriefs.model.Unit;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.BriefDocument;
import io.github.cscbriefs.reporting.BriefOptions;
import io.github.cscbriefs.reporting.Cell;
import io.github.cscbriefs.reporting.Paragraph;
import io.github.cscbriefs.reporting.Section;
import io.github.cscbriefs.reporting.Table;
import io.github.cscbriefs.reporting.Wording;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The numeric sentences of issue 13 on the bundled official data: "at worst" about the run it
 * states, closure years that are years, {@code low} worded and ranked, missing figures named, and
 * the attached CSV at the published precision. Briefs are composed, not laid out.
 */
class NumericSentencesTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);
  private static final Pattern AT_WORST = Pattern.compile(
      "([a-z0-9+ ]+?) worse than England's for (\\d+) years running, at worst ([^ ]+) in (\\d{4})");
  private static final Pattern CLOSING_BY = Pattern.compile("closing by (-?\\d+)");

  private static CouncilProfile profile(String laCode, int year) {
    return PROFILES.profile(DATA.councils().require(laCode), year);
  }

  private static BriefDocument brief(CouncilProfile p) {
    return BriefComposer.compose(p, BriefOptions.from(DATA, p.council()), LocalDate.of(2026, 4, 1));
  }

  /** Every text of the sections (headings, paragraphs, list items, table cells, charts' captions and alt text). */
  static List<String> texts(List<Section> sections) {
    return sections.stream().flatMap(s -> io.github.cscbriefs.reporting.ReaderText.of(s).stream()).toList();
  }

  private static String summary(CouncilProfile p) {
    return String.join("\n", texts(List.of(ExecutiveSummary.section(p))));
  }

  private static Indicator byLabel(String lowerLabel) {
    return DATA.indicators().indicators().stream()
        .filter(i -> i.label().toLowerCase(java.util.Locale.UK).equals(lowerLabel)).findFirst().orElseThrow();
  }

  /** The worst year of the run, from the run's own years (Swindon 2024 turnover; Leicester caseload). */
  private static SeriesPoint worstOfRun(IndicatorComparison c, int year) {
    int n = c.trend().yearsWorseThanEngland();
    Polarity polarity = c.indicator().polarity();
    return c.series().stream().filter(s -> s.year() > year - n && s.year() <= year && s.council().isPresent())
        .reduce((a, b) -> polarity.compareBetter(b.council().asDouble().getAsDouble(),
            a.council().asDouble().getAsDouble()) > 0 ? b : a)
        .orElseThrow();
  }

  @Test
  void swindonAndLeicestersWorstYearIsTheWorstOfTheRunNotOfAllTime() {
    record Case(String laCode, int year, Indicator indicator) {
    }
    for (Case k : List.of(new Case("866", 2024, Indicators.TURNOVER), new Case("856", 2021, Indicators.CASELOAD),
        new Case("856", 2024, Indicators.CASELOAD))) {
      IndicatorComparison c = profile(k.laCode(), k.year()).comparison(k.indicator()).orElseThrow();
      SeriesPoint worst = worstOfRun(c, k.year());
      io.github.cscbriefs.metrics.WorstYear found = c.trend().worstOfRun().orElseThrow();
      assertEquals(worst.year(), found.year(), k.toString());
      assertEquals(worst.council(), found.value(), k.toString());
      // the all-time worst, which the brief used to state, lies outside the run in these cases
      SeriesPoint allTime = c.series().stream().filter(s -> s.year() <= k.year() && s.council().isPresent())
          .reduce((a, b) -> c.indicator().polarity().compareBetter(b.council().asDouble().getAsDouble(),
              a.council().asDouble().getAsDouble()) > 0 ? b : a).orElseThrow();
      assertTrue(allTime.year() != found.year(), k + ": the case no longer tells the two apart");
    }
  }

  /** Every council's worst year of its run worse than England, every year: in the run, and its worst. */
  @Test
  void everyWorstOfRunIsTheWorstYearOfItsRun() {
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    int[] found = {0};
    DATA.councils().current().parallelStream().forEach(council -> {
      for (int year : DATA.reportingYears()) {
        for (IndicatorComparison c : PROFILES.profile(council, year).comparisons()) {
          if (c.trend().worstOfRun().isEmpty()) {
            continue;
          }
          synchronized (found) {
            found[0]++;
          }
          SeriesPoint worst = worstOfRun(c, year);
          io.github.cscbriefs.metrics.WorstYear w = c.trend().worstOfRun().get();
          if (!w.value().equals(worst.council())) {
            wrong.add(council.name() + " " + year + " " + c.indicator().label() + ": " + w);
          }
        }
      }
    });
    assertTrue(found[0] > 300, "runs found: " + found[0]);
    assertEquals(List.of(), wrong);
  }

  /** No action's evidence, in any brief, says a gap closes before next year or in an absurd one. */
  @Test
  void everyClosureYearIsAYearSoon() {
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    DATA.councils().current().parallelStream().forEach(council -> {
      for (int year : DATA.reportingYears()) {
        CouncilProfile p = PROFILES.profile(council, year);
        for (PriorityAction a : p.actions()) {
          for (String s : Wording.evidence(a, p)) {
            Matcher m = CLOSING_BY.matcher(s);
            while (m.find()) {
              int by = Integer.parseInt(m.group(1));
              if (by <= year || by > year + io.github.cscbriefs.metrics.GapClosure.HORIZON_YEARS) {
                wrong.add(council.name() + " " + year + ": " + s);
              }
            }
          }
        }
      }
    });
    assertEquals(List.of(), wrong);
    CouncilProfile barnsley = profile("370", 2019);
    String caseload = barnsley.actions().stream().filter(a -> a.indicator().equals(java.util.Optional.of(Indicators.CASELOAD)))
        .flatMap(a -> Wording.evidence(a, barnsley).stream()).filter(s -> s.contains("gap to England"))
        .findFirst().orElseThrow();
    assertTrue(caseload.contains("gap to England not closing"), caseload);
  }

  @Test
  void sunderlandsLowAgencyRateIsWordedRankedAndNeedsNoConversion() {
    CouncilProfile p = profile("394", 2024);
    IndicatorComparison agency = p.comparison(Indicators.AGENCY).orElseThrow();
    assertEquals(Value.missing(MissingReason.LOW), agency.value());
    // Every text but the methodology's table of symbols, which says what "low" means.
    List<String> all = texts(brief(p).sections().stream().filter(s -> !s.title().startsWith("Methodology")).toList());
    assertEquals(List.of(), all.stream().filter(t -> t.matches("(?s).*\\blow\\b(?! reliability).*")).toList());
    Table dashboard = (Table) Dashboard.section(p).blocks().stream().filter(b -> b instanceof Table).findFirst()
        .orElseThrow();
    List<Cell> row = dashboard.rows().stream().filter(r -> r.get(0).text().equals(Indicators.AGENCY.label()))
        .findFirst().orElseThrow();
    assertEquals("below 0.05%", row.get(1).text());
    assertEquals(agency.standing().orElseThrow().band().name(), row.get(6).text());
    Table capacity = (Table) CapacitySection.section(p).blocks().stream().filter(b -> b instanceof Table)
        .findFirst().orElseThrow();
    List<Cell> convert = capacity.rows().stream().filter(r -> r.get(0).text().startsWith("Agency FTE to convert"))
        .findFirst().orElseThrow();
    assertEquals(Wording.figure(Value.of(0), Unit.FTE), convert.get(1).text());
    String words = ((Paragraph) CapacitySection.section(p).blocks().get(0)).text();
    assertTrue(words.contains("no agency work needs to move to permanent posts"), words);
  }

  @Test
  void figuresWithoutANumberAreNamedWithWhyAndGetNoTrendWord() {
    CouncilProfile p = profile("394", 2024); // Sunderland's turnover rate 2024 is u
    IndicatorComparison turnover = p.comparison(Indicators.TURNOVER).orElseThrow();
    assertEquals(Value.missing(MissingReason.LOW_RELIABILITY), turnover.value());
    // the summary's row for the impact of leaders, whose indicators include the turnover rate
    List<IndicatorComparison> leaders = p.comparisons().stream()
        .filter(c -> c.indicator().area() == io.github.cscbriefs.model.JudgementArea.IMPACT_OF_LEADERS).toList();
    String sentence = ExecutiveSummary.worseThanEngland(p, leaders);
    long polar = leaders.stream().filter(c -> c.indicator().polarity() != Polarity.NONE)
        .filter(c -> !c.value().equals(Value.missing(MissingReason.NOT_PUBLISHED))).count();
    long withFigure = leaders.stream().filter(c -> c.indicator().polarity() != Polarity.NONE)
        .filter(c -> TrendWords.hasFigure(c.value())).count();
    assertTrue(withFigure < polar);
    assertTrue(sentence.contains(" of " + withFigure + " with a figure worse than England"), sentence);
    assertTrue(sentence.endsWith(" No figure: turnover rate (u)."), sentence);
    // the dashboard's tables, one per judgement area
    List<List<Cell>> rows = Dashboard.section(p).blocks().stream().filter(b -> b instanceof Table)
        .flatMap(b -> ((Table) b).rows().stream()).toList();
    for (IndicatorComparison c : p.comparisons()) {
      List<Cell> row = rows.stream().filter(r -> r.get(0).text().equals(c.indicator().label()))
          .findFirst().orElseThrow();
      assertEquals(!TrendWords.hasFigure(c.value()), row.get(7).text().equals("no figure"), c.indicator().id());
    }
  }

  @Test
  void theAttachedFiguresAreWrittenAtThePublishedPrecision() {
    for (CouncilProfile p : List.of(profile("851", 2025), profile("812", 2020), profile("394", 2024))) {
      String csv = new String(FiguresCsv.attachment(p).content(), StandardCharsets.UTF_8);
      List<String> lines = csv.lines().skip(1).toList();
      for (String line : lines) {
        String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        Indicator indicator = DATA.indicators().indicators().stream().filter(i -> i.id().equals(cells[2]))
            .findFirst().orElseThrow();
        int places = indicator.unit().decimals();
        String number = places == 0 ? "-?\\d+" : "-?\\d+\\.\\d{" + places + "}";
        for (int i = 5; i <= 9; i++) {
          String cell = cells[i];
          assertTrue(cell.isEmpty() || cell.matches(number) || cell.matches("x|z|c|low|u|-|\\.\\.|\u2013"),
              p.council().name() + ": " + line);
        }
      }
    }
    assertFalse(new String(FiguresCsv.attachment(profile("851", 2025)).content(), StandardCharsets.UTF_8)
        .matches("(?s).*\\d\\.\\d*0000\\d.*"));
  }
}
