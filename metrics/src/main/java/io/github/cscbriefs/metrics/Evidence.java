package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.Value;

/**
 * One fact behind a priority action, as values; reporting puts it into words. Facts about an
 * indicator name it and the year; facts about Ofsted name the inspection, whose report is the
 * source.
 */
public sealed interface Evidence {

  /** The council's figure against England's, and how many times as bad (see {@link WorkforceRule}). */
  record AgainstEngland(Indicator indicator, int year, Value value, Value england, double severity)
      implements Evidence {
  }

  /** The council's figure against its region or its neighbours' mean, where that has a value. */
  record AgainstComparator(Indicator indicator, int year, Value value, Gap gap) implements Evidence {
  }

  /** The council's rank among all councils. */
  record Ranked(Indicator indicator, int year, Standing standing) implements Evidence {
  }

  /** How long the council has been worse than England, its direction and the gap's closure. */
  record Movement(Indicator indicator, int year, Trend trend) implements Evidence {
  }

  /** The interval shows the council significantly worse than England. */
  record SignificantlyWorse(Indicator indicator, int year, RateInterval interval) implements Evidence {
  }

  /**
   * The figure rests on small numbers ({@link SmallNumbers}): one person moves it a long way, so it
   * is not rated Red. Put first among an action's facts, since it qualifies every other.
   */
  record SmallBase(Indicator indicator, int year, Value value, SmallNumbers smallNumbers) implements Evidence {
  }

  /** A figure of the indicator is questioned ({@link DataQualityFinding}). */
  record Questioned(DataQualityFinding finding) implements Evidence {
  }

  /** What it would take in staff, from {@link Capacity}. */
  record CapacityNeed(Need need, int year, Value amount, Value benchmark, TargetSource source)
      implements Evidence {

    /** Which capacity figure. */
    public enum Need {
      /** Case-holding FTE to add to reach the caseload target ({@code benchmark}). */
      SOCIAL_WORKERS_NEEDED,
      /** Agency FTE to convert to permanent posts to reach England's agency rate ({@code benchmark}). */
      AGENCY_TO_CONVERT,
      /** FTE vacancies to fill ({@code benchmark} not applicable). */
      VACANCIES_TO_FILL
    }
  }

  /** Ofsted's judgement of an area at a graded inspection. */
  record Judged(JudgementArea area, Inspection inspection) implements Evidence {
  }

  /** A visit named priority actions. */
  record PriorityActionsNamed(Inspection visit) implements Evidence {
  }

  /** A later visit's priority action repeats an earlier one's ({@code text} is the later one's). */
  record RepeatedPriorityAction(Inspection earlier, Inspection later, String text) implements Evidence {
  }

  /** Ofsted returned to a theme that had priority actions and named priority actions again. */
  record ThemeRevisited(Inspection earlier, Inspection later) implements Evidence {
  }

  /** A visit found an earlier priority action not addressed ({@code text} says so). */
  record NotAddressed(Inspection visit, String text) implements Evidence {
  }

  /** A DfE intervention in force. */
  record InterventionInForce(Intervention intervention) implements Evidence {
  }
}
