package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import io.github.cscbriefs.model.validation.OldLaCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A council's statistical neighbours in one DfE model, closest first.
 *
 * @param laCode the council
 * @param modelYear the model's year, e.g. 2025
 * @param neighbours ranked 1, 2, 3… with no gaps, none of them the council itself
 */
public record NeighbourGroup(
    @OldLaCode String laCode,
    @Min(2000) @Max(2100) int modelYear,
    @NotNull List<@NotNull @Valid Neighbour> neighbours) {

  public NeighbourGroup(String laCode, int modelYear, List<Neighbour> neighbours) {
    this.laCode = laCode;
    this.modelYear = modelYear;
    this.neighbours = neighbours == null ? null : List.copyOf(neighbours);
    ModelValidation.requireValid(this);
  }

  public List<String> laCodes() {
    return neighbours.stream().map(Neighbour::laCode).toList();
  }

  @AssertTrue(message = "neighbours ranked 1..n in order, each a different council from itself")
  private boolean isRankedWithoutSelf() {
    if (neighbours == null || laCode == null) {
      return true;
    }
    boolean ranked = IntStream.range(0, neighbours.size())
        .allMatch(i -> neighbours.get(i) != null && neighbours.get(i).rank() == i + 1);
    boolean noSelf = neighbours.stream().noneMatch(n -> n != null && laCode.equals(n.laCode()));
    return ranked && noSelf;
  }
}
