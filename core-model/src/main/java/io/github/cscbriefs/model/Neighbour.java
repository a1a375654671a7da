package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One statistical neighbour of a council.
 *
 * @param rank 1 for the closest
 * @param laCode the neighbour's LA code
 * @param closeness DfE's closeness band
 */
public record Neighbour(@Min(1) @Max(20) int rank, @OldLaCode String laCode, @NotNull Closeness closeness) {

  public Neighbour(int rank, String laCode, Closeness closeness) {
    this.rank = rank;
    this.laCode = laCode;
    this.closeness = closeness;
    ModelValidation.requireValid(this);
  }
}
