package io.github.cscbriefs.metrics;

/** How soon a priority action needs a board's attention, most urgent first. */
public enum Urgency {
  /** Start now: a serious, large or escalating problem. */
  IMMEDIATE,
  /** Plan within the quarter. */
  HIGH,
  /** Keep in the improvement plan and review. */
  MEDIUM;

  /** One step more urgent, IMMEDIATE staying IMMEDIATE. */
  public Urgency raised() {
    return this == MEDIUM ? HIGH : IMMEDIATE;
  }
}
