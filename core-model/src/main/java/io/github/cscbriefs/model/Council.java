package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.GssCode;
import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * An upper-tier council with children's services responsibilities, current or abolished.
 *
 * @param laCode DfE's three-digit "old" LA code, stable across GSS re-coding
 * @param gssCodes every 9-character GSS code the council has had, oldest first (may be empty for
 *     councils abolished before GSS codes were published in the data read)
 * @param name the council's name as DfE writes it
 * @param region its region; London boroughs carry {@link Region#LONDON}
 * @param type council type
 * @param current false for councils that no longer exist (e.g. Northamptonshire, Cumbria)
 */
public record Council(
    @OldLaCode String laCode,
    @NotNull List<@GssCode String> gssCodes,
    @NotBlank String name,
    @NotNull Region region,
    @NotNull CouncilType type,
    boolean current) {

  public Council(String laCode, List<String> gssCodes, String name, Region region,
      CouncilType type, boolean current) {
    this.laCode = laCode;
    this.gssCodes = gssCodes == null ? null : List.copyOf(gssCodes);
    this.name = name;
    this.region = region;
    this.type = type;
    this.current = current;
    ModelValidation.requireValid(this);
  }

  /** The most recent GSS code, if any is known. */
  public Optional<String> gssCode() {
    return gssCodes.isEmpty() ? Optional.empty() : Optional.of(gssCodes.get(gssCodes.size() - 1));
  }

  /** Inner or Outer London for London boroughs, else the region itself. */
  public Region subRegion() {
    return switch (type) {
      case INNER_LONDON_BOROUGH -> Region.INNER_LONDON;
      case OUTER_LONDON_BOROUGH -> Region.OUTER_LONDON;
      default -> region;
    };
  }

  /** A copy with one more GSS code appended, if not already known. */
  public Council withGssCode(String gssCode) {
    if (gssCodes.contains(gssCode)) {
      return this;
    }
    List<String> codes = new java.util.ArrayList<>(gssCodes);
    codes.add(gssCode);
    return new Council(laCode, codes, name, region, type, current);
  }
}
