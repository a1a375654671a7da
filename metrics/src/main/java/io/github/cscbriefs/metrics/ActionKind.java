package io.github.cscbriefs.metrics;

/** Which rule drafted a priority action (see {@link PriorityRules}). */
public enum ActionKind {
  /** An indicator markedly worse than England, or in the worst quarter. */
  INDICATOR,
  /** A judgement area below good at the latest graded inspection. */
  JUDGEMENT,
  /** A judgement area below good at the latest two graded inspections. */
  JUDGEMENT_REPEATED,
  /** A visit that repeats earlier criticism or finds it not addressed. */
  VISIT_REPEATED,
  /** A DfE intervention in force. */
  INTERVENTION
}
