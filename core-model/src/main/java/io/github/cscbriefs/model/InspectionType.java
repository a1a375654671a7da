package io.github.cscbriefs.model;

/** Kinds of Ofsted inspection and visit of a council's children's services. */
public enum InspectionType {
  ILACS_STANDARD("ILACS standard inspection", true),
  ILACS_SHORT("ILACS short inspection", true),
  FOCUSED_VISIT("Focused visit", false),
  MONITORING_VISIT("Monitoring visit", false),
  JTAI("Joint targeted area inspection", false),
  /** The single inspection framework, before ILACS (2013–2018). */
  SIF("Single inspection framework inspection", true);

  private final String label;
  private final boolean graded;

  InspectionType(String label, boolean graded) {
    this.label = label;
    this.graded = graded;
  }

  public String label() {
    return label;
  }

  /** Whether this kind gives graded judgements. */
  public boolean isGraded() {
    return graded;
  }
}
