package io.github.cscbriefs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cscbriefs.model.Indicators;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.PlanAction;
import io.github.cscbriefs.model.SuccessMeasure;
import io.github.cscbriefs.model.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanProgressTest {

  private static final Value NONE = Value.missing(MissingReason.NOT_AVAILABLE);

  private static PlanAction caseloadPlan(double baseline, int from, double target, int by) {
    return new PlanAction("1", "812", "Bring caseloads down", "DCS", Optional.empty(), List.of(),
        Optional.of(new SuccessMeasure(Indicators.CASELOAD, baseline, from, target, by)), Optional.empty(), "test");
  }

  private static SeriesPoint point(int year, double value) {
    return new SeriesPoint(year, Value.of(value), NONE, NONE, NONE);
  }

  @Test
  void aFigureBetterThanTheTrajectoryIsOnTrack() {
    // line from 20 (2021) to 16 (2025): 18 expected in 2023
    PlanProgress p = PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
        List.of(point(2021, 20), point(2022, 19.5), point(2023, 17.9)), 2023);
    assertEquals(PlanStatus.ON_TRACK, p.status());
    assertEquals(Optional.of(2023), p.latestYear());
    assertEquals(Value.of(18.0), p.expected());
  }

  @Test
  void aFigureWorseThanTheTrajectoryIsOffTrack() {
    PlanProgress p = PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
        List.of(point(2021, 20), point(2023, 18.3)), 2023);
    assertEquals(PlanStatus.OFF_TRACK, p.status());
  }

  @Test
  void reachingTheTargetIsMetAndMissingItByTheTargetYearIsOffTrack() {
    assertEquals(PlanStatus.MET, PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
        List.of(point(2022, 15.9)), 2025).status());
    assertEquals(PlanStatus.OFF_TRACK, PlanProgress.assess(caseloadPlan(20, 2021, 16, 2024),
        List.of(point(2025, 16.5)), 2025).status());
  }

  @Test
  void aRisingTargetIsJudgedUpwards() {
    PlanAction inPost = new PlanAction("2", "812", "Grow the workforce", "DCS", Optional.empty(),
        List.of(), Optional.of(new SuccessMeasure(Indicators.SOCIAL_WORKERS_IN_POST, 100, 2020, 140, 2024)), Optional.empty(), "t");
    assertEquals(PlanStatus.ON_TRACK, PlanProgress.assess(inPost, List.of(point(2022, 121)), 2024).status());
    assertEquals(PlanStatus.OFF_TRACK, PlanProgress.assess(inPost, List.of(point(2022, 119)), 2024).status());
  }

  @Test
  void figuresAfterTheProfileYearOrMissingGiveNoData() {
    PlanAction plan = caseloadPlan(20, 2021, 16, 2025);
    assertEquals(PlanStatus.NO_DATA, PlanProgress.assess(plan, List.of(point(2024, 15)), 2023).status());
    assertEquals(PlanStatus.NO_DATA, PlanProgress.assess(plan,
        List.of(new SeriesPoint(2022, Value.missing(MissingReason.SUPPRESSED), NONE, NONE, NONE)), 2023).status());
  }

  @Test
  void aBaselineThatDisagreesWithTheOfficialFigureForItsYearIsFlagged() {
    PlanProgress p = PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
        List.of(point(2021, 22.7), point(2022, 19.5)), 2023);
    assertEquals(Optional.of(new BaselineMismatch(2021, 20, 22.7)), p.baselineMismatch());
  }

  @Test
  void aBaselineWithinRoundingOfTheOfficialFigureIsNotFlagged() {
    // caseloads are published to one decimal place: 20.04 and 19.96 both print as 20.0
    for (double official : new double[] {20.0, 20.04, 19.96}) {
      assertEquals(Optional.empty(), PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
          List.of(point(2021, official), point(2022, 19.5)), 2023).baselineMismatch());
    }
    assertEquals(Optional.of(new BaselineMismatch(2021, 20, 20.06)),
        PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
            List.of(point(2021, 20.06)), 2023).baselineMismatch());
  }

  @Test
  void aBaselineYearWithoutAnOfficialFigureOrAfterTheBriefIsNotFlagged() {
    assertEquals(Optional.empty(), PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
        List.of(point(2022, 30)), 2023).baselineMismatch());
    assertEquals(Optional.empty(), PlanProgress.assess(caseloadPlan(20, 2021, 16, 2025),
        List.of(point(2021, 30)), 2020).baselineMismatch());
  }
}
