package io.github.cscbriefs.model;

/** The DfE intervention ladder, mildest first. */
public enum InterventionType {
  IMPROVEMENT_NOTICE("Improvement notice", false),
  STATUTORY_DIRECTION("Statutory direction", true),
  COMMISSIONER("Commissioner appointed", true),
  TRUST("Services moved to a children's services trust", true),
  PARTNERSHIP("Formal partnership with a strong council", true);

  private final String label;
  private final boolean statutory;

  InterventionType(String label, boolean statutory) {
    this.label = label;
    this.statutory = statutory;
  }

  public String label() {
    return label;
  }

  /** Whether it is made under statute (everything above an improvement notice). */
  public boolean isStatutory() {
    return statutory;
  }
}
