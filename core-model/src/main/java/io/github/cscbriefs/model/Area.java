package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a row of figures describes: England, a region, a council, or a combined return (councils
 * that make one return together, such as Kingston upon Thames with Richmond upon Thames).
 *
 * @param level national, regional or local authority
 * @param code {@code E92000001} for England; the region's GSS code; for a council its three-digit
 *     LA code; for a combined return the members' codes as DfE joins them ({@code 314 / 318}), made
 *     here from {@code members} and never taken apart: ask {@link #members()}
 * @param name as published
 * @param members for a council its own LA code; for a combined return every member's LA code, in
 *     DfE's order; empty for England and regions
 */
public record Area(@NotNull GeographicLevel level, @NotBlank String code, @NotBlank String name,
    @NotNull List<String> members) {

  public static final String ENGLAND_CODE = "E92000001";
  private static final String JOINER = " / ";

  public Area(GeographicLevel level, String code, String name, List<String> members) {
    this.level = level;
    this.code = code;
    this.name = name;
    this.members = members == null ? null : List.copyOf(members);
    ModelValidation.requireValid(this);
  }

  public static Area england() {
    return new Area(GeographicLevel.NATIONAL, ENGLAND_CODE, "England", List.of());
  }

  public static Area of(Region region) {
    return new Area(GeographicLevel.REGIONAL, region.gssCode(), region.label(), List.of());
  }

  public static Area of(Council council) {
    return council(council.laCode(), council.name());
  }

  public static Area of(CombinedReturn combined) {
    return councils(combined.laCodes(), combined.name());
  }

  /** One council's own return. */
  public static Area council(String laCode, String name) {
    return new Area(GeographicLevel.LOCAL_AUTHORITY, laCode, name, List.of(laCode));
  }

  /** The return of one council or, given several codes, of a combined return. */
  public static Area councils(List<String> laCodes, String name) {
    return new Area(GeographicLevel.LOCAL_AUTHORITY, laCodes == null ? null : String.join(JOINER, laCodes), name,
        laCodes);
  }

  /** True for a combined return such as {@code 314 / 318}. */
  public boolean isCombined() {
    return members.size() > 1;
  }

  private static final Pattern REGION_CODE = Pattern.compile("E1[23]\\d{6}");
  private static final Pattern LA_CODE = Pattern.compile("\\d{3}");

  @AssertTrue(message = "E92000001 for England, E12/E13 codes for regions, "
      + "three-digit LA codes (joined by ' / ' for combined returns) for councils")
  private boolean isCodeFittingLevel() {
    if (level == null || code == null || members == null) {
      return true;
    }
    return switch (level) {
      case NATIONAL -> code.equals(ENGLAND_CODE) && members.isEmpty();
      case REGIONAL -> REGION_CODE.matcher(code).matches() && members.isEmpty();
      case LOCAL_AUTHORITY -> !members.isEmpty() && members.stream().allMatch(m -> LA_CODE.matcher(m).matches())
          && code.equals(String.join(JOINER, members));
    };
  }
}
