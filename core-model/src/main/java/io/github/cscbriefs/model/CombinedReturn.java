package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Councils that make one workforce return together (Kingston upon Thames with Richmond upon
 * Thames; North with West Northamptonshire from 2021). Their figures describe the pair and are
 * counted once in England and regional totals.
 *
 * @param name the name DfE publishes, e.g. "Kingston upon Thames / Richmond upon Thames"
 * @param laCodes the member councils' LA codes
 * @param firstYear the first reporting year of the combined return
 */
public record CombinedReturn(
    @NotBlank String name,
    @Size(min = 2) List<@OldLaCode String> laCodes,
    @Min(1990) @Max(2100) int firstYear) {

  public CombinedReturn(String name, List<String> laCodes, int firstYear) {
    this.name = name;
    this.laCodes = laCodes == null ? null : List.copyOf(laCodes);
    this.firstYear = firstYear;
    ModelValidation.requireValid(this);
  }

  /** The area the return describes. */
  public Area area() {
    return Area.of(this);
  }
}
