package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.CombinedReturn;
import io.github.cscbriefs.model.Council;
import io.github.cscbriefs.model.Dataset;
import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Reorganisation;
import io.github.cscbriefs.model.Value;
import io.github.cscbriefs.model.Workforce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Councils made by a reorganisation (Cumberland, Westmorland and Furness, North and West
 * Northamptonshire, Dorset, Bournemouth, Christchurch and Poole) and councils that make one joint
 * workforce return (Kingston upon Thames with Richmond upon Thames, North with West
 * Northamptonshire), on the bundled official data: whose figures each year is, what a trend may
 * count, and who is never a neighbour.
 */
class ReorganisedCouncilsTest {

  private static final Dataset DATA = OfficialData.load();
  private static final BriefProfiles PROFILES = BriefProfiles.of(DATA);

  private static Council council(String code) {
    return DATA.councils().require(code);
  }

  private static Reorganisation reorganisationOf(String successor) {
    return DATA.councils().reorganisations().stream().filter(r -> r.successors().contains(successor))
        .findFirst().orElseThrow();
  }

  @Test
  void everySeriesPointOfACouncilMadeByAReorganisationSaysWhoseReturnItIs() {
    List<String> wrong = new ArrayList<>();
    for (Reorganisation r : DATA.councils().reorganisations()) {
      for (String successor : r.successors()) {
        CouncilProfile p = PROFILES.profile(council(successor), DATA.latestYear());
        for (IndicatorComparison c : p.comparisons()) {
          for (SeriesPoint point : c.series()) {
            FigureSource expected;
            if (point.year() >= r.firstYear()) {
              expected = point.source(); // own or joint: checked below
              if (expected.isPredecessor()) {
                wrong.add(successor + " " + c.indicator().id() + " " + point.year() + " " + expected);
              }
            } else if (r.predecessors().size() == 1
                && DATA.figures(c.indicator().publication(), r.predecessors().get(0), point.year()).isPresent()) {
              boolean sameArea = DATA.councils().combinedReturn(successor, r.firstYear())
                  .map(j -> Set.copyOf(j.laCodes()).equals(Set.copyOf(r.successors()))).orElse(false);
              expected = new FigureSource.Predecessor(council(r.predecessors().get(0)), r.firstYear(), sameArea);
              if (!expected.equals(point.source())) {
                wrong.add(successor + " " + c.indicator().id() + " " + point.year() + " " + point.source());
              }
            } else if (!point.source().equals(FigureSource.NO_RETURN)) {
              wrong.add(successor + " " + c.indicator().id() + " " + point.year() + " " + point.source());
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void cumberlandsFiguresBefore2023AreCumbriasAndAreMarkedAsSuch() {
    Reorganisation split = reorganisationOf("942");
    IndicatorComparison inPost = PROFILES.profile(council("942"), 2024)
        .comparison(Indicators.SOCIAL_WORKERS_IN_POST).orElseThrow();
    FigureSource.Predecessor cumbria = new FigureSource.Predecessor(council("909"), 2023, false);
    assertEquals(List.of("909"), split.predecessors());
    assertEquals(2023, split.firstYear());
    for (SeriesPoint point : inPost.series()) {
      if (point.year() < 2023) {
        assertEquals(cumbria, point.source(), point.toString());
        assertEquals(DATA.figures(Workforce.PUBLICATION, "909", point.year()).orElseThrow()
            .value(Workforce.INPOST_FTE), point.council());
      } else {
        assertEquals(FigureSource.OWN, point.source(), point.toString());
      }
    }
    assertEquals(FigureSource.OWN, inPost.source());
  }

  @Test
  void cumberlandsSocialWorkersInPostAreNotTrendedAcrossCumbriasSplit() {
    // Cumbria's 244.5 FTE in 2022 against Cumberland's 158.8 in 2023 is the split, not staff lost.
    IndicatorComparison in2024 = PROFILES.profile(council("942"), 2024)
        .comparison(Indicators.SOCIAL_WORKERS_IN_POST).orElseThrow();
    assertEquals(Value.missing(MissingReason.NOT_APPLICABLE), in2024.trend().changeOver3Years());
    assertEquals(Value.missing(MissingReason.NOT_APPLICABLE), in2024.trend().changeOver5Years());
    assertTrue(in2024.trend().changeOnLastYear().isPresent(), "2023 and 2024 are both Cumberland's");
    assertEquals(Direction.INSUFFICIENT_DATA, in2024.trend().direction(), "two years of Cumberland's own");
    assertFalse(in2024.trendIncludesPredecessor());

    IndicatorComparison in2025 = PROFILES.profile(council("942"), 2025)
        .comparison(Indicators.SOCIAL_WORKERS_IN_POST).orElseThrow();
    Map<Integer, Value> own = new TreeMap<>();
    in2025.series().stream().filter(p -> p.source().equals(FigureSource.OWN))
        .forEach(p -> own.put(p.year(), p.council()));
    assertEquals(List.of(2023, 2024, 2025), List.copyOf(own.keySet()));
    assertEquals(Trend.fit(2025, own, 5), in2025.trend().slope());
    assertEquals(2023, in2025.trend().slope().orElseThrow().firstYear());
  }

  @Test
  void ratesAndCaseloadsTrendAcrossTheSplitAndTheComparisonSaysSo() {
    IndicatorComparison caseload = PROFILES.profile(council("942"), 2024).comparison(Indicators.CASELOAD)
        .orElseThrow();
    Map<Integer, Value> all = new TreeMap<>();
    caseload.series().forEach(p -> all.put(p.year(), p.council()));
    assertEquals(Trend.fit(2024, all, 5), caseload.trend().slope());
    assertEquals(2020, caseload.trend().slope().orElseThrow().firstYear());
    assertTrue(caseload.trendIncludesPredecessor());
    assertEquals(new FigureSource.Predecessor(council("909"), 2023, false), caseload.predecessorSince(2020).orElseThrow());
    // From 2027 on a five-year window would hold Cumberland's own years only.
    assertTrue(caseload.predecessorSince(2023).isEmpty());
  }

  @Test
  void northNorthamptonshiresStaffCountsTrendBackThroughNorthamptonshireAsTheJointReturnCoversTheSameArea() {
    // Northamptonshire was split into North and West Northamptonshire, whose one joint return
    // covers all of it: its counts are comparable with the joint return's.
    IndicatorComparison inPost = PROFILES.profile(council("940"), 2024)
        .comparison(Indicators.SOCIAL_WORKERS_IN_POST).orElseThrow();
    Map<Integer, Value> all = new TreeMap<>();
    inPost.series().forEach(p -> all.put(p.year(), p.council()));
    assertEquals(Trend.fit(2024, all, 5), inPost.trend().slope());
    assertEquals(2020, inPost.trend().slope().orElseThrow().firstYear());
    assertTrue(inPost.trendIncludesPredecessor());
    assertTrue(inPost.trend().changeOver5Years().isPresent());
  }

  @Test
  void northAndWestNorthamptonshiresWorkforceFiguresAreOneJointReturnOfBoth() {
    CombinedReturn joint = DATA.councils().combinedReturn("940", 2025).orElseThrow();
    List<Council> members = joint.laCodes().stream().map(ReorganisedCouncilsTest::council).toList();
    for (String code : joint.laCodes()) {
      CouncilProfile p = PROFILES.profile(council(code), 2025);
      FigureSource.Joint expected = new FigureSource.Joint(joint.area(), members);
      assertEquals(expected, p.capacity().source(), code);
      for (IndicatorComparison c : p.comparisons()) {
        // The other releases (social worker stability, children in need and in care) publish each
        // council separately: its own row where it has one.
        FigureSource want = c.indicator().publication().equals(Workforce.PUBLICATION) ? expected
            : DATA.figures(c.indicator().publication(), code, 2025).isPresent() ? FigureSource.OWN
                : FigureSource.NO_RETURN;
        assertEquals(want, c.source(), code + " " + c.indicator().id());
      }
      assertEquals(List.of(council(code.equals("940") ? "941" : "940")), expected.partnersOf(council(code)));
      // Before 2021 both series are Northamptonshire's.
      assertEquals(new FigureSource.Predecessor(council("928"), 2021, true),
          PROFILES.profile(council(code), 2020).comparison(Indicators.CASELOAD).orElseThrow().source());
      assertEquals(FigureSource.OWN, PROFILES.profile(council(code), 2024)
          .comparison(Indicators.CLA_SOCIAL_WORKER_CHANGES).orElseThrow().source());
    }
  }

  @Test
  void kingstonAndRichmondsCapacityIsTheirJointReturns() {
    CouncilProfile p = PROFILES.profile(council("314"), 2024);
    assertTrue(p.capacity().source().isJoint(), p.capacity().toString());
    assertEquals(DATA.figures(Workforce.PUBLICATION, "314 / 318", 2024).orElseThrow().value(Workforce.VACANCY_FTE),
        p.capacity().vacanciesToFill());
  }

  @Test
  void neitherAJointReturnNorAPartnerInItIsEverAmongTheCouncilsNeighbours() {
    List<String> found = new ArrayList<>();
    int checked = 0;
    for (CombinedReturn joint : DATA.councils().combinedReturns()) {
      for (String code : joint.laCodes()) {
        for (int year : DATA.reportingYears()) {
          if (year < joint.firstYear()) {
            continue;
          }
          for (IndicatorComparison c : PROFILES.profile(council(code), year).comparisons()) {
            checked++;
            c.neighbours().stream()
                .filter(n -> n.area().members().stream().anyMatch(joint.laCodes()::contains))
                .forEach(n -> found.add(code + " " + year + " " + c.indicator().id() + ": " + n.area().name()));
          }
        }
      }
    }
    assertTrue(checked > 100, "comparisons checked: " + checked);
    assertEquals(List.of(), found);
  }
}
