package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Inspection;
import io.github.cscbriefs.model.Intervention;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.JudgementArea;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;

/** Where a priority action starts from. */
public sealed interface Baseline {

  /** The starting figure: the indicator's value, an Ofsted grade 1–4, a count; missing when none. */
  Value value();

  /** The council's figure of an indicator in a year. */
  record Figure(Indicator indicator, int year, Value value) implements Baseline {
  }

  /** A judgement at a graded inspection. */
  record Judged(JudgementArea area, Judgement judgement, Inspection inspection) implements Baseline {
    @Override
    public Value value() {
      return Value.of(judgement.grade());
    }
  }

  /** The priority actions a visit named. */
  record PriorityActionsAtVisit(Inspection visit) implements Baseline {
    @Override
    public Value value() {
      return Value.of(visit.priorityActions().size());
    }
  }

  /** An intervention in force. */
  record InterventionInForce(Intervention intervention) implements Baseline {
    @Override
    public Value value() {
      return Value.missing(MissingReason.NOT_APPLICABLE);
    }
  }
}
