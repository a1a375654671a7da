package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * A change of local government: councils abolished and the councils that took over their
 * children's services from a given reporting year.
 *
 * @param firstYear the first DfE reporting year (as at 30 September) reported by the successors
 * @param predecessors LA codes of councils that ended
 * @param successors LA codes of councils that took over
 * @param description what happened, in words
 */
public record Reorganisation(
    @Min(1990) @Max(2100) int firstYear,
    @NotEmpty List<@OldLaCode String> predecessors,
    @NotEmpty List<@OldLaCode String> successors,
    @NotBlank String description) {

  public Reorganisation(int firstYear, List<String> predecessors, List<String> successors,
      String description) {
    this.firstYear = firstYear;
    this.predecessors = predecessors == null ? null : List.copyOf(predecessors);
    this.successors = successors == null ? null : List.copyOf(successors);
    this.description = description;
    ModelValidation.requireValid(this);
  }
}
