package io.github.cscbriefs.metrics;

/** How soon a priority action needs a board's attention, most urgent first. */
public enum Urgency {
  /** Start now: a serious, large or escalating problem. */
  IMMEDIATE("Immediate"),
  /** Plan within the quarter. */
  HIGH("High"),
  /** Keep in the improvement plan and review. */
  MEDIUM("Medium");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** One step more urgent, IMMEDIATE staying IMMEDIATE. */
  public Urgency raised() {
    return this == MEDIUM ? HIGH : IMMEDIATE;
  }
}
