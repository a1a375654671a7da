package io.github.cscbriefs.model;

/** The areas an ILACS inspection grades. */
public enum JudgementArea {
  OVERALL_EFFECTIVENESS("Overall effectiveness", "Overall effectiveness"),
  IMPACT_OF_LEADERS("The impact of leaders on social work practice with children and families",
      "Impact of leaders"),
  HELP_AND_PROTECTION("The experiences and progress of children who need help and protection",
      "Children who need help and protection"),
  CHILDREN_IN_CARE("The experiences and progress of children in care", "Children in care"),
  /** Judged separately only since 1 January 2023; before then with children in care. */
  CARE_LEAVERS("The experiences and progress of care leavers", "Care leavers");

  private final String ofstedHeading;
  private final String shortLabel;

  JudgementArea(String ofstedHeading, String shortLabel) {
    this.ofstedHeading = ofstedHeading;
    this.shortLabel = shortLabel;
  }

  /** The column heading Ofsted publishes. */
  public String ofstedHeading() {
    return ofstedHeading;
  }

  public String shortLabel() {
    return shortLabel;
  }
}
