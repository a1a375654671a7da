package io.github.cscbriefs.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Ofsted's four-point scale, and "not judged" where an area was not graded. */
public enum Judgement {
  OUTSTANDING("Outstanding", 1),
  GOOD("Good", 2),
  REQUIRES_IMPROVEMENT("Requires improvement to be good", 3),
  INADEQUATE("Inadequate", 4),
  NOT_JUDGED("Not judged", 0);

  private final String label;
  private final int grade;

  Judgement(String label, int grade) {
    this.label = label;
    this.grade = grade;
  }

  /** Ofsted's words, e.g. "Requires improvement to be good". */
  public String label() {
    return label;
  }

  /** Ofsted's numeric grade, 1 (outstanding) to 4 (inadequate); 0 when not judged. */
  public int grade() {
    return grade;
  }

  public boolean isGraded() {
    return this != NOT_JUDGED;
  }

  /** Requires improvement or inadequate. */
  public boolean isBelowGood() {
    return this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
  }

  /**
   * Parses Ofsted's words, ignoring case and surrounding space; "Requires improvement" without
   * "to be good" (pre-2018 wording) is accepted.
   */
  public static Optional<Judgement> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("requires improvement")) {
      return Optional.of(REQUIRES_IMPROVEMENT);
    }
    return Arrays.stream(values()).filter(j -> j.label.toLowerCase(Locale.ROOT).equals(t)).findFirst();
  }
}
