package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Indicators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The headline facts of the acceptance stories, on the bundled official data. */
class HeadlinesTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);

  private static <T extends Headline> Optional<T> find(CouncilProfile p, Indicator indicator, Class<T> kind) {
    return p.headlines(indicator).stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  @Test
  void northEastLincolnshiresCaseloadWasTheHighestInEnglandFrom2018To2020() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("812"), 2020);
    Headline.ExtremeInEngland h = find(p, Indicators.CASELOAD, Headline.ExtremeInEngland.class).orElseThrow();
    assertEquals(Headline.Extreme.WORST, h.extreme());
    assertEquals(List.of(2018, 2019, 2020), h.years().stream().map(Headline.YearFigure::year).toList());
    for (Headline.YearFigure y : h.years()) {
      // the highest of that year's field: the maximum of every council return's caseload
      double max = PROFILES.distribution(Indicators.CASELOAD, y.year()).numbers().stream()
          .mapToDouble(Double::doubleValue).max().orElseThrow();
      assertEquals(max, y.value(), 1e-9, "" + y.year());
    }
    assertEquals(h, p.headlines().get(0), "the worst in England leads");
    assertEquals(List.of(Indicators.CASELOAD, Indicators.AGENCY, Indicators.VACANCY, Indicators.TURNOVER),
        p.headlines().stream().limit(4).map(Headline::indicator).toList(), "one fact per indicator first");
    // the rises in turnover, agency and vacancies are headlines too
    for (Indicator rise : List.of(Indicators.TURNOVER, Indicators.AGENCY, Indicators.VACANCY)) {
      assertTrue(p.headlines(rise).stream().anyMatch(x -> !x.favourable()
          && (x instanceof Headline.Multiplied || x instanceof Headline.Moved)), rise + ": " + p.headlines(rise));
    }
  }

  @Test
  void seftonsAgencyRateDoubledFrom2019To2021WithCaseloadsAboveEnglands() {
    CouncilProfile p = PROFILES.profile(DATA.councils().require("343"), 2021);
    Headline.Multiplied m = find(p, Indicators.AGENCY, Headline.Multiplied.class).orElseThrow();
    IndicatorComparison agency = p.comparison(Indicators.AGENCY).orElseThrow();
    double in2019 = agency.series().stream().filter(s -> s.year() == 2019).findFirst().orElseThrow()
        .council().asDouble().orElseThrow();
    assertEquals(2019, m.fromYear());
    assertEquals(in2019, m.from(), 1e-9);
    assertEquals(agency.value().asDouble().orElseThrow(), m.to(), 1e-9);
    assertEquals(2, m.times());
    Headline.RunAgainstEngland caseload = find(p, Indicators.CASELOAD, Headline.RunAgainstEngland.class)
        .orElseThrow();
    assertEquals(Headline.Side.WORSE, caseload.side());
    assertEquals(2021, caseload.latest().year());
  }

  @Test
  void aPredecessorsYearsMakeNoHeadlineOfItsSuccessor() {
    // Cumberland (942) replaced Cumbria in 2023; its 2023 figures are its own, earlier ones Cumbria's
    CouncilProfile p = PROFILES.profile(DATA.councils().require("942"), 2023);
    IndicatorComparison caseload = p.comparison(Indicators.CASELOAD).orElseThrow();
    for (Headline h : p.headlines()) {
      int first = h instanceof Headline.ExtremeInEngland e ? e.firstYear()
          : h instanceof Headline.Multiplied m ? m.fromYear()
          : h instanceof Headline.Moved m ? m.fromYear() : ((Headline.RunAgainstEngland) h).firstYear();
      assertEquals(2023, first, h + " " + caseload.area());
    }
  }

  @Test
  void noHeadlineRestsOnSmallNumbersOrAQuestionedFigure() {
    // The Isles of Scilly's agency and vacancy rates were 100% in 2021-2024: one person.
    CouncilProfile scilly = PROFILES.profile(DATA.councils().require("420"), 2024);
    assertTrue(scilly.smallNumbers().stream().anyMatch(n -> n.indicator().equals(Indicators.AGENCY)),
        scilly.smallNumbers().toString());
    List<String> wrong = new java.util.ArrayList<>();
    int latest = DATA.latestYear();
    for (var council : DATA.councils().current()) {
      for (int year : List.of(2020, 2021, latest)) {
        CouncilProfile p = PROFILES.profile(council, year);
        for (Headline h : p.headlines()) {
          boolean small = p.smallNumbers().stream().anyMatch(n -> n.indicator().equals(h.indicator()));
          boolean questioned = p.dataQuality().stream().anyMatch(q -> q.indicator().equals(h.indicator()));
          if (small || questioned) {
            wrong.add(council.name() + " " + year + ": " + h);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
