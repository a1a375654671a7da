package io.github.cscbriefs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.metrics.BriefProfiles;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.IndicatorComparison;
import io.github.cscbriefs.metrics.SeriesPoint;
import io.github.cscbriefs.metrics.Urgency;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.reporting.brief.BriefComposer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The executive summary tells the council's story in words, from the findings, on one page; and no
 * brief says anything in internal or method words.
 */
class StoryOnPageOneTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final List<String> FORBIDDEN = List.of("(s)", "times as bad", "wilson", "slope", "primer",
      "methodology.md", "drafted");

  private static String summary(String laCode, int year) {
    CouncilProfile profile = RealBriefs.profile(laCode, year);
    BriefDocument brief = BriefComposer.compose(profile, RealBriefs.options(laCode), TODAY);
    return String.join("\n", ReaderText.of(brief.sections().get(0)));
  }

  private static double at(IndicatorComparison c, int year, boolean england) {
    SeriesPoint p = c.series().stream().filter(s -> s.year() == year).findFirst().orElseThrow();
    return (england ? p.england() : p.council()).asDouble().orElseThrow();
  }

  private static String figure(Indicator indicator, double value) {
    return Wording.figure(Value.of(value), indicator.unit());
  }

  @Test
  void northEastLincolnshire2020SaysItsCaseloadWasTheHighestInEnglandThreeYearsRunning() {
    CouncilProfile p = RealBriefs.profile("812", 2020);
    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    BriefProfiles profiles = BriefProfiles.of(RealBriefs.dataset());
    // the years, ending 2020, in which its caseload was the largest of every council's that year
    List<String> highest = new ArrayList<>();
    for (int y = 2020; y >= 2017; y--) {
      double max = Collections.max(profiles.distribution(Indicators.CASELOAD, y).numbers());
      if (at(caseload, y, false) != max) {
        break;
      }
      highest.add(0, Integer.toString(y));
    }
    assertEquals(List.of("2018", "2019", "2020"), highest, "the issue's published story");
    String text = summary("812", 2020);
    assertTrue(text.contains("Average caseload was the highest in England in " + Wording.and(highest)), text);
    for (String part : List.of(figure(Indicators.CASELOAD, at(caseload, 2019, false)) + " in 2019",
        figure(Indicators.CASELOAD, at(caseload, 2020, false)) + " in 2020",
        "England's " + figure(Indicators.CASELOAD, at(caseload, 2018, true)))) {
      assertTrue(text.contains(part), part + " in\n" + text);
    }
    assertTrue(text.contains(figure(Indicators.CASELOAD, at(caseload, 2020, true))), text);
    // and the rises in turnover, agency and vacancies, each from its figures: all three worded in the
    // section on the impact of leaders; on page one, where the four judgement areas' rows and the late
    // child protection conferences take the room, the turnover's rise year by year in the summary's
    // table of figures (2018 to 2020, England's in brackets)
    BriefDocument brief = BriefComposer.compose(p, RealBriefs.options("812"), TODAY);
    String leaders = String.join("\n", ReaderText.of(brief.sections().stream()
        .filter(s -> s.title().equals("Impact of leaders")).findFirst().orElseThrow()));
    List<Indicator> rises = List.of(Indicators.TURNOVER, Indicators.AGENCY, Indicators.VACANCY);
    int inSummary = 0;
    for (Indicator rise : rises) {
      IndicatorComparison c = p.comparison(rise).orElseThrow();
      String now = figure(rise, at(c, 2020, false)) + " in 2020";
      java.util.function.Predicate<String> says = l -> l.startsWith(rise.label()) && l.contains(now)
          && (l.contains(" rose ") || l.contains(" doubled ") || l.contains(" tripled "));
      inSummary += text.lines().anyMatch(says) ? 1 : 0;
      assertTrue(leaders.lines().anyMatch(says), rise + " in\n" + leaders);
    }
    IndicatorComparison turnover = p.comparison(Indicators.TURNOVER).orElseThrow();
    assertTrue(text.contains("Turnover rate (%)"), text);
    String row = "";
    for (int y = 2018; y <= 2020; y++) {
      row += " " + figure(Indicators.TURNOVER, at(turnover, y, false)).replace("%", "") + " ("
          + figure(Indicators.TURNOVER, at(turnover, y, true)).replace("%", "") + ")";
    }
    assertTrue(text.replaceAll("\\s+", " ").contains(row), row + " in\n" + text);
    assertTrue(inSummary <= 1, text);
  }

  @Test
  void sefton2021SaysAgencyUseDoubledWithCaseloadsAboveEnglands() {
    CouncilProfile p = RealBriefs.profile("343", 2021);
    IndicatorComparison agency = p.comparison(Indicators.AGENCY).orElseThrow();
    double from = at(agency, 2019, false);
    double to = at(agency, 2021, false);
    assertTrue(to >= 2 * from && to < 3 * from, from + " to " + to);
    String text = summary("343", 2021);
    assertTrue(text.contains("Agency worker rate doubled in 2 years, from " + figure(Indicators.AGENCY, from)
        + " in 2019 to " + figure(Indicators.AGENCY, to) + " in 2021"), text);
    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    int since = 2021 - caseload.trend().yearsWorseThanEngland() + 1;
    assertTrue(since <= 2019, "worse than England for years: " + caseload.trend());
    // above England's every year since: on page one, in the summary's table of figures (England's in
    // brackets), where the four judgement areas' rows take the room of the sentence that said so
    String row = "Average caseload";
    for (int y = 2017; y <= 2021; y++) {
      assertTrue(y < since || at(caseload, y, false) > at(caseload, y, true), y + ": " + caseload.trend());
      row += " " + figure(Indicators.CASELOAD, at(caseload, y, false)) + " ("
          + figure(Indicators.CASELOAD, at(caseload, y, true)) + ")";
    }
    assertTrue(text.replaceAll("\\s+", " ").contains(row), row + " in\n" + text);
  }

  @Test
  void sefton2022SaysItsTurnoverDoubledInOneYearInTheSingular() {
    String text = summary("343", 2022);
    assertTrue(text.contains("Turnover rate doubled in 1 year, from 10.1% in 2021 to 20.2% in 2022."), text);
    assertTrue(!text.contains(" 1 years"), text);
  }

  @Test
  void aGoodCouncilIsToldWhatToSustain() {
    CouncilProfile good = goodCouncil(2025).orElseThrow();
    BriefDocument brief = BriefComposer.compose(good, RealBriefs.options(good.council().laCode()), TODAY);
    List<String> text = ReaderText.of(brief.sections().get(0));
    assertTrue(text.contains("What to sustain"), text.toString());
    assertTrue(text.stream().noneMatch(t -> t.startsWith("Three biggest risks")), text.toString());
    String judged = good.latestGradedInspection().flatMap(Inspection::overall).orElseThrow().label();
    assertTrue(text.stream().anyMatch(t -> t.startsWith("Ofsted's judgement: " + judged)), text.toString());
  }

  /** The first council, by LA code, that Ofsted last judged Good or Outstanding with no immediate action. */
  static Optional<CouncilProfile> goodCouncil(int year) {
    BriefProfiles profiles = BriefProfiles.of(RealBriefs.dataset());
    return RealBriefs.dataset().councils().current().stream()
        .sorted(java.util.Comparator.comparing(Council::laCode))
        .map(c -> profiles.profile(c, year))
        .filter(p -> p.latestGradedInspection().flatMap(Inspection::overall)
            .filter(j -> j == Judgement.GOOD || j == Judgement.OUTSTANDING).isPresent()
            && p.actions().stream().noneMatch(a -> a.urgency() == Urgency.IMMEDIATE))
        .findFirst();
  }

  @Test
  void theSummariesOfTheStoriesEachFitOnOnePage() {
    CouncilProfile good = goodCouncil(2025).orElseThrow();
    // the stories, a Good council, and the longest summaries of 2025 (most lines of risks and facts;
    // North Northamptonshire also says whom it replaced)
    for (byte[] pdf : List.of(RealBriefs.pdf("812", 2020), RealBriefs.pdf("343", 2021),
        RealBriefs.pdf(good.council().laCode(), 2025), RealBriefs.pdf("380", 2025), RealBriefs.pdf("301", 2025),
        RealBriefs.pdf("940", 2025), RealBriefs.pdf("320", 2025))) {
      List<String> pages = PdfPages.text(pdf);
      int summary = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("Where it stands")) {
          summary = i;
          break;
        }
      }
      assertTrue(summary > 0, "no summary page");
      String page = pages.get(summary);
      assertTrue(page.contains("what to do first") || page.contains("What to watch")
          || page.contains("Risks and priority actions"), "the summary runs over a page:\n" + page);
      assertTrue(pages.get(summary + 1).contains("Dashboard"), pages.get(summary + 1));
    }
  }

  @Test
  void noBriefSaysAnythingInInternalOrMethodWords() {
    Dataset data = RealBriefs.dataset();
    BriefProfiles profiles = BriefProfiles.of(data);
    int latest = Collections.max(data.reportingYears());
    List<String> found = Collections.synchronizedList(new ArrayList<>());
    data.councils().current().parallelStream().forEach(council -> {
      BriefOptions options = BriefOptions.from(data, council);
      for (int year : List.of(2020, 2021, latest)) {
        BriefDocument brief = BriefComposer.compose(profiles.profile(council, year), options, TODAY);
        for (String text : ReaderText.of(brief)) {
          String lower = text.toLowerCase(Locale.UK);
          FORBIDDEN.stream().filter(lower::contains)
              .forEach(w -> found.add(council.name() + " " + year + ": \"" + w + "\" in " + text));
        }
      }
    });
    assertEquals(List.of(), found.subList(0, Math.min(10, found.size())), found.size() + " texts");
  }
}
