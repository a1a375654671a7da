package io.github.cscbriefs.model;

import java.util.Arrays;
import java.util.Optional;

/** The kind of upper-tier council, with DfE's abbreviation. */
public enum CouncilType {
  INNER_LONDON_BOROUGH("ILB", "Inner London borough"),
  OUTER_LONDON_BOROUGH("OLB", "Outer London borough"),
  METROPOLITAN_DISTRICT("MD", "Metropolitan district"),
  UNITARY_AUTHORITY("UA", "Unitary authority"),
  SHIRE_COUNTY("SC", "Shire county");

  private final String abbreviation;
  private final String label;

  CouncilType(String abbreviation, String label) {
    this.abbreviation = abbreviation;
    this.label = label;
  }

  public String abbreviation() {
    return abbreviation;
  }

  public String label() {
    return label;
  }

  public static Optional<CouncilType> byAbbreviation(String text) {
    return Arrays.stream(values()).filter(t -> t.abbreviation.equalsIgnoreCase(text.trim())).findFirst();
  }
}
