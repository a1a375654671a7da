package io.github.cscbriefs.model;

import io.github.cscbriefs.model.validation.ModelValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A workforce indicator a brief reports on.
 *
 * @param id short stable identifier, e.g. {@code caseload}
 * @param label the name a board member reads, e.g. "Average caseload"
 * @param measure the published measure that holds its value
 * @param polarity which direction is better
 * @param formula how it is computed, in words
 * @param source the publication it comes from
 */
public record Indicator(
    @NotNull @Pattern(regexp = "[a-z][a-z0-9_]*") String id,
    @NotBlank String label,
    @NotNull Measure measure,
    @NotNull Polarity polarity,
    @NotBlank String formula,
    @NotBlank String source) {

  public Indicator(String id, String label, Measure measure, Polarity polarity, String formula,
      String source) {
    this.id = id;
    this.label = label;
    this.measure = measure;
    this.polarity = polarity;
    this.formula = formula;
    this.source = source;
    ModelValidation.requireValid(this);
  }

  public Unit unit() {
    return measure.unit();
  }

  public boolean isRate() {
    return measure.isRate();
  }
}
