package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What a row of figures describes: England, a region, or a council's workforce return.
 *
 * @param level national, regional or local authority
 * @param code {@code E92000001} for England; the region's GSS code; for a council its three-digit
 *     LA code, or DfE's joined code such as {@code 314 / 318} for a combined return
 * @param name as published
 */
public record Area(@NotNull GeographicLevel level, @NotBlank String code, @NotBlank String name) {

  public static final String ENGLAND_CODE = "E92000001";

  public Area(GeographicLevel level, String code, String name) {
    this.level = level;
    this.code = code;
    this.name = name;
    ModelValidation.requireValid(this);
  }

  public static Area england() {
    return new Area(GeographicLevel.NATIONAL, ENGLAND_CODE, "England");
  }

  public static Area of(Region region) {
    return new Area(GeographicLevel.REGIONAL, region.gssCode(), region.label());
  }

  public static Area of(Council council) {
    return new Area(GeographicLevel.LOCAL_AUTHORITY, council.laCode(), council.name());
  }

  public static Area of(CombinedReturn combined) {
    return new Area(GeographicLevel.LOCAL_AUTHORITY, combined.code(), combined.name());
  }

  /** True for a combined return such as {@code 314 / 318}. */
  public boolean isCombined() {
    return level == GeographicLevel.LOCAL_AUTHORITY && code.contains("/");
  }

  @AssertTrue(message = "E92000001 for England, E12/E13 codes for regions, "
      + "three-digit LA codes (joined by ' / ' for combined returns) for councils")
  private boolean isCodeFittingLevel() {
    if (level == null || code == null) {
      return true;
    }
    return switch (level) {
      case NATIONAL -> code.equals(ENGLAND_CODE);
      case REGIONAL -> code.matches("E1[23]\\d{6}");
      case LOCAL_AUTHORITY -> code.matches("\\d{3}( / \\d{3})*");
    };
  }
}
