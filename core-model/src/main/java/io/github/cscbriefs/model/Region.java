package io.github.cscbriefs.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * England's nine regions as DfE publishes them, plus Inner and Outer London, which DfE also
 * publishes as regional rows inside London.
 */
public enum Region {
  NORTH_EAST("E12000001", "North East", null),
  NORTH_WEST("E12000002", "North West", null),
  YORKSHIRE_AND_THE_HUMBER("E12000003", "Yorkshire and The Humber", null),
  EAST_MIDLANDS("E12000004", "East Midlands", null),
  WEST_MIDLANDS("E12000005", "West Midlands", null),
  EAST_OF_ENGLAND("E12000006", "East of England", null),
  LONDON("E12000007", "London", null),
  SOUTH_EAST("E12000008", "South East", null),
  SOUTH_WEST("E12000009", "South West", null),
  INNER_LONDON("E13000001", "Inner London", LONDON),
  OUTER_LONDON("E13000002", "Outer London", LONDON);

  private final String gssCode;
  private final String label;
  private final Region parent;

  Region(String gssCode, String label, Region parent) {
    this.gssCode = gssCode;
    this.label = label;
    this.parent = parent;
  }

  public String gssCode() {
    return gssCode;
  }

  public String label() {
    return label;
  }

  /** The region a sub-region belongs to ({@code LONDON} for Inner and Outer London), else itself. */
  public Region topLevel() {
    return parent == null ? this : parent;
  }

  public boolean isSubRegion() {
    return parent != null;
  }

  /** By GSS code. */
  public static Optional<Region> byGssCode(String code) {
    return Arrays.stream(values()).filter(r -> r.gssCode.equals(code.trim())).findFirst();
  }

  /** By name, ignoring case, spacing and "the"/"The"; e.g. "East of England" or "EAST OF ENGLAND". */
  public static Optional<Region> byName(String name) {
    String wanted = normalise(name);
    return Arrays.stream(values()).filter(r -> normalise(r.label).equals(wanted)).findFirst();
  }

  private static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
