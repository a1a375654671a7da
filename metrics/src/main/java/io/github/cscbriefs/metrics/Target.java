package io.github.cscbriefs.metrics;

import io.github.cscbriefs.model.Indicator;
import io.github.cscbriefs.model.Judgement;
import io.github.cscbriefs.model.MissingReason;
import io.github.cscbriefs.model.Value;

/** What a priority action aims for. */
public sealed interface Target {

  /** The figure to reach, in the baseline's units; missing when the target is not a figure. */
  Value value();

  /** An indicator's figure or better, from {@code source} in {@code year}. */
  record Figure(Indicator indicator, int year, Value value, TargetSource source) implements Target {
  }

  /** Good or better at the next graded inspection (grade 2). */
  record GoodAtNextInspection() implements Target {
    @Override
    public Value value() {
      return Value.of(Judgement.GOOD.grade());
    }
  }

  /** Every priority action found addressed at Ofsted's next visit (none left). */
  record PriorityActionsAddressed() implements Target {
    @Override
    public Value value() {
      return Value.of(0);
    }
  }

  /** The intervention lifted by DfE. */
  record InterventionLifted() implements Target {
    @Override
    public Value value() {
      return Value.missing(MissingReason.NOT_APPLICABLE);
    }
  }
}
